package dev.notes2omop.omop.queue;

/** The queue's database could not be reached or refused the work; nothing was stored. */
public class QueueUnavailableException extends RuntimeException {

  public QueueUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
