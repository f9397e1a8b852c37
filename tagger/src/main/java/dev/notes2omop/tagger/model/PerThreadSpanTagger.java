package dev.notes2omop.tagger.model;

import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.core.nlp.TaggingException;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link NoteTagger} over a model that is not thread-safe: each calling thread gets its own
 * {@link SpanPredictor} (a DJL predictor holds native state), opened on first use and closed with
 * the tagger; the spans become mentions through {@link SpanMentions}. A predictor that fails is
 * replaced once per note ({@link #tag}). Serves every model tagger (the BiLSTM package, a
 * TorchScript package).
 */
public final class PerThreadSpanTagger implements NoteTagger, AutoCloseable {

  /** What a model gives one thread: spans of a note's tokens. */
  public interface SpanPredictor extends AutoCloseable {
    /** The spans found in {@code tokens}, in note offsets. */
    List<TagSpan> spans(Tokens tokens);

    @Override
    void close();
  }

  private static final Logger log = LoggerFactory.getLogger(PerThreadSpanTagger.class);

  private final String id;
  private final SpanMentions mentions;
  private final List<SpanPredictor> opened = new ArrayList<>();
  private final ThreadLocal<SpanPredictor> predictor;
  private final AtomicLong replaced = new AtomicLong();
  private volatile boolean closed;

  /**
   * @param id the tagger's id (the model's)
   * @param newPredictor opens a predictor; called once per thread
   * @param mentions turns the spans into mentions
   */
  public PerThreadSpanTagger(
      String id, Supplier<? extends SpanPredictor> newPredictor, SpanMentions mentions) {
    this.id = Objects.requireNonNull(id, "id");
    this.mentions = Objects.requireNonNull(mentions, "mentions");
    Objects.requireNonNull(newPredictor, "newPredictor");
    this.predictor =
        ThreadLocal.withInitial(
            () -> {
              SpanPredictor p = newPredictor.get();
              synchronized (opened) {
                opened.add(p);
              }
              return p;
            });
  }

  @Override
  public List<Mention> tag(String text) {
    if (closed) {
      throw new IllegalStateException("tagger " + id + " is closed");
    }
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return List.of();
    }
    Tokens tokens = Tokens.of(text);
    return mentions.mentions(text, tokens, spans(tokens));
  }

  /**
   * The spans of {@code tokens}. When the thread's predictor fails (scores that are not finite), it
   * is closed and replaced by a fresh one, which tags the note again; a second failure fails the
   * note.
   */
  private List<TagSpan> spans(Tokens tokens) {
    try {
      return predictor.get().spans(tokens);
    } catch (TaggingException first) {
      replacePredictor();
      log.warn("tagger {}: {}; predictor replaced, tagging the note again", id, first.getMessage());
      try {
        return predictor.get().spans(tokens);
      } catch (TaggingException second) {
        replacePredictor();
        throw new TaggingException(
            "tagger "
                + id
                + " failed twice, the second time with a fresh predictor: "
                + second.getMessage(),
            second);
      }
    }
  }

  private void replacePredictor() {
    SpanPredictor old = predictor.get();
    predictor.remove();
    synchronized (opened) {
      opened.remove(old);
    }
    old.close();
    replaced.incrementAndGet();
  }

  /** Predictors closed and replaced after a failure, since the tagger opened. */
  public long replacedPredictors() {
    return replaced.get();
  }

  @Override
  public String id() {
    return id;
  }

  /** Closes the predictors opened so far; the model itself belongs to the caller. */
  @Override
  public void close() {
    closed = true;
    synchronized (opened) {
      for (SpanPredictor p : opened) {
        p.close();
      }
      opened.clear();
    }
  }
}
