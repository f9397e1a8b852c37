package dev.notes2omop.plugin.etl;

/** A fatal ETL error: the run cannot go on (database unreachable, a bug). */
public final class EtlException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EtlException(String message, Throwable cause) {
    super(message, cause);
  }
}
