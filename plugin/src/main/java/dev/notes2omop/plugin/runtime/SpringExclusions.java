package dev.notes2omop.plugin.runtime;

/**
 * Spring Boot auto-configurations that {@code serve} and {@code review} leave out: the database is
 * ours, opened and migrated before Spring starts, so no auto-configured data source, JPA,
 * migrations or search clients (even when such libraries are on the class path), and no generated
 * default user (the review page has its own users).
 */
public final class SpringExclusions {

  /** The auto-configuration class names. */
  public static final String[] NAMES = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
    "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
    "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration",
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
    "org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration",
    "org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration",
    "org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.elasticsearch.ElasticsearchRestHealthContributorAutoConfiguration",
    "org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration"
  };

  private SpringExclusions() {}
}
