package dev.notes2omop.tagger.model;

import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link NoteTagger} over a model that is not thread-safe: each calling thread gets its own
 * {@link SpanPredictor} (a DJL predictor holds native state), opened on first use and closed with
 * the tagger; the spans become mentions through {@link SpanMentions}. Serves every model tagger
 * (the BiLSTM package, a TorchScript package).
 */
public final class PerThreadSpanTagger implements NoteTagger, AutoCloseable {

  /** What a model gives one thread: spans of a note's tokens. */
  public interface SpanPredictor extends AutoCloseable {
    /** The spans found in {@code tokens}, in note offsets. */
    List<TagSpan> spans(Tokens tokens);

    @Override
    void close();
  }

  private final String id;
  private final SpanMentions mentions;
  private final List<SpanPredictor> opened = new ArrayList<>();
  private final ThreadLocal<SpanPredictor> predictor;
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
    return mentions.mentions(text, tokens, predictor.get().spans(tokens));
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
