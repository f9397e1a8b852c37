package dev.notes2omop.plugin.review;

import dev.notes2omop.omop.schema.SchemaNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The page's users, in {@code review_user}: a name, a role ({@code STEWARD} decides, {@code VIEWER}
 * only sees) and a password hashed by Spring Security's delegating encoder (bcrypt, stored as
 * {@code {bcrypt}...}).
 */
public final class ReviewUsers implements UserDetailsService {

  /** The roles. */
  public enum Role {
    STEWARD,
    VIEWER
  }

  /** Shortest password accepted. */
  public static final int MIN_PASSWORD = 8;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  private final DataSource dataSource;
  private final SchemaNames names;
  private final PasswordEncoder encoder =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();

  public ReviewUsers(DataSource dataSource, SchemaNames names) {
    this.dataSource = dataSource;
    this.names = names;
  }

  PasswordEncoder encoder() {
    return encoder;
  }

  /**
   * Adds a user, or sets the role and password of an existing one.
   *
   * @return true when the user is new
   * @throws IllegalArgumentException when the name or password is not acceptable, saying why
   */
  public boolean add(String name, Role role, char[] password) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a user name is 1 to 100 letters, digits, '.', '_', '@' or '-', not '" + name + "'");
    }
    if (password == null || password.length < MIN_PASSWORD) {
      throw new IllegalArgumentException(
          "the password must have at least " + MIN_PASSWORD + " characters");
    }
    String hash = encoder.encode(new String(password));
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO "
                    + names.ownObject("review_user")
                    + " (user_name, password_hash, role, created_at) VALUES (?, ?, ?, now())"
                    + " ON CONFLICT (user_name) DO UPDATE SET password_hash ="
                    + " EXCLUDED.password_hash, role = EXCLUDED.role"
                    + " RETURNING (xmax = 0)")) {
      s.setString(1, name);
      s.setString(2, hash);
      s.setString(3, role.name());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new ReviewFailure("cannot store the user: " + e.getMessage(), e);
    }
  }

  /** Parses {@code steward} or {@code viewer}. */
  public static Role role(String text) {
    try {
      return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the role is steward or viewer, not '" + text + "'");
    }
  }

  @Override
  public UserDetails loadUserByUsername(String name) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT password_hash, role FROM "
                    + names.ownObject("review_user")
                    + " WHERE user_name = ?")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new UsernameNotFoundException("no such user");
        }
        return User.withUsername(name).password(rs.getString(1)).roles(rs.getString(2)).build();
      }
    } catch (SQLException e) {
      throw new ReviewFailure("cannot read the users: " + e.getMessage(), e);
    }
  }
}
