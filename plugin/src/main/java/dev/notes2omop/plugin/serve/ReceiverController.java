package dev.notes2omop.plugin.serve;

import dev.notes2omop.omop.queue.NewWorkItem;
import dev.notes2omop.omop.queue.QueueUnavailableException;
import dev.notes2omop.omop.queue.WorkQueue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FHIR endpoints under {@code /fhir}. Each delivery is checked, stored in the work queue in one
 * transaction, and only then answered 200; the workers process it from the queue. A delivery the
 * database could not store is answered 503, so the sender delivers it again.
 */
@RestController
@RequestMapping("/fhir")
class ReceiverController {

  private static final Logger log = LoggerFactory.getLogger(ReceiverController.class);
  private static final Set<String> TYPES = Set.of("DocumentReference", "Patient");

  private final DeliveryIntake intake;
  private final WorkQueue queue;
  private final QueueWorkers workers;
  private final ServeSettings settings;
  private final MeterRegistry meters;

  ReceiverController(
      DeliveryIntake intake,
      WorkQueue queue,
      QueueWorkers workers,
      ServeSettings settings,
      MeterRegistry meters) {
    this.intake = intake;
    this.queue = queue;
    this.workers = workers;
    this.settings = settings;
    this.meters = meters;
  }

  @PutMapping("/{type}/{id}")
  ResponseEntity<String> put(
      @PathVariable("type") String type,
      @PathVariable("id") String id,
      HttpServletRequest request) {
    return accept("put", () -> intake.put(checkType(type), checkId(id), body(request)));
  }

  @DeleteMapping("/{type}/{id}")
  ResponseEntity<String> delete(@PathVariable("type") String type, @PathVariable("id") String id) {
    checkType(type);
    checkId(id);
    if (type.equals("Patient")) {
      return answer(200, OperationOutcomes.information("Patient deletions are not applied"));
    }
    return accept("delete", () -> intake.delete(type, id));
  }

  @PostMapping({"", "/"})
  ResponseEntity<String> post(HttpServletRequest request) {
    return accept("post", () -> intake.post(body(request)));
  }

  private ResponseEntity<String> accept(String operation, Supplier<List<NewWorkItem>> delivery) {
    long started = System.nanoTime();
    String outcome = "accepted";
    try {
      List<NewWorkItem> items = delivery.get();
      int added = items.isEmpty() ? 0 : queue.enqueue(items);
      workers.wake();
      log.debug("{}: {} items, {} new", operation, items.size(), added);
      return answer(
          200,
          OperationOutcomes.information(
              "accepted: "
                  + items.size()
                  + " items, "
                  + added
                  + " new (others were re-deliveries)"));
    } catch (BadDelivery e) {
      outcome = "refused";
      log.info("{} refused ({}): {}", operation, e.status(), e.getMessage());
      return answer(e.status(), OperationOutcomes.error(e.issueCode(), e.getMessage()));
    } catch (QueueUnavailableException e) {
      outcome = "unavailable";
      log.warn("{}: cannot store the delivery: {}", operation, e.getMessage());
      return ResponseEntity.status(503)
          .header(HttpHeaders.CONTENT_TYPE, OperationOutcomes.FHIR_JSON)
          .header(HttpHeaders.RETRY_AFTER, "5")
          .body(
              OperationOutcomes.error(
                  "transient", "the queue's database is unavailable: deliver again later"));
    } finally {
      Timer.builder("notes2omop.receiver.accept")
          .tag("operation", operation)
          .tag("outcome", outcome)
          .publishPercentiles(0.5, 0.99)
          .register(meters)
          .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
  }

  @ExceptionHandler(BadDelivery.class)
  ResponseEntity<String> refused(BadDelivery e) {
    return answer(e.status(), OperationOutcomes.error(e.issueCode(), e.getMessage()));
  }

  private static String checkType(String type) {
    if (!TYPES.contains(type)) {
      throw new BadDelivery(
          404, "not-supported", "this receiver takes DocumentReference and Patient only");
    }
    return type;
  }

  private static String checkId(String id) {
    if (!id.matches("[A-Za-z0-9\\-.]{1,64}")) {
      throw BadDelivery.invalid("not a valid FHIR id");
    }
    return id;
  }

  private String body(HttpServletRequest request) {
    long limit = settings.maxRequestBytes();
    if (request.getContentLengthLong() > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw tooLarge(limit);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw BadDelivery.invalid("cannot read the request body: " + e.getMessage());
    }
  }

  private static BadDelivery tooLarge(long limit) {
    return new BadDelivery(
        413, "too-costly", "the request body is larger than " + limit + " bytes");
  }

  static ResponseEntity<String> answer(int status, String body) {
    return ResponseEntity.status(status)
        .header(HttpHeaders.CONTENT_TYPE, OperationOutcomes.FHIR_JSON)
        .body(body);
  }
}
