package dev.notes2omop.plugin.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 401 and an {@code OperationOutcome}, every request that does not carry {@code
 * Authorization: Bearer <token>} with the configured token (compared in constant time).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private final byte[] expected;

  BearerTokenFilter(String token) {
    this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null
        && MessageDigest.isEqual(expected, header.strip().getBytes(StandardCharsets.UTF_8))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", "Bearer");
    response.setContentType(OperationOutcomes.FHIR_JSON);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            OperationOutcomes.error(
                "security",
                header == null
                    ? "no Authorization header: send Authorization: Bearer <token>"
                    : "the bearer token is not the configured one"));
  }
}
