package dev.notes2omop.plugin.review;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The Spring Boot application of {@code notes2omop review}: the review page alone. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ReviewConfiguration.class)
class ReviewApplication {}
