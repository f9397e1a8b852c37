package dev.notes2omop.trainer.vectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The training loop: skip-gram with negative sampling, where the vector of the centre word is the
 * mean of its own input vector and of its n-gram vectors (Bojanowski et al. 2017). Each epoch, each
 * text is subsampled, then every kept word predicts the words within a random window around it
 * against {@code negatives} words drawn from the unigram<sup>0.75</sup> table; the learning rate
 * falls linearly from its start to 0 over all epochs. With several threads the texts are shared out
 * and the vectors updated without locks (Hogwild).
 *
 * <p>The input table holds one row per word, then one per n-gram bucket; the output table one row
 * per word. Rows are {@code dimension} floats in one flat array.
 */
final class SkipGram {

  private static final int TABLE_SIZE = 512;
  private static final float MAX_SIGMOID = 8f;
  private static final int PROGRESS_EVERY = 10_000;

  private static final float[] SIGMOID = new float[TABLE_SIZE + 1];
  private static final float[] LOG = new float[TABLE_SIZE + 1];

  static {
    for (int i = 0; i <= TABLE_SIZE; i++) {
      double x = (i * 2.0 * MAX_SIGMOID) / TABLE_SIZE - MAX_SIGMOID;
      SIGMOID[i] = (float) (1.0 / (1.0 + Math.exp(-x)));
      LOG[i] = (float) Math.log((i + 1e-5) / TABLE_SIZE);
    }
  }

  private final VectorSettings settings;
  private final int dim;
  private final int[][] texts;
  private final int[][] inputs;
  private final float[] keep;
  private final NegativeTable table;
  private final float[] input;
  private final float[] output;
  private final AtomicLong processed = new AtomicLong();
  private final long planned;

  SkipGram(VectorSettings settings, VectorCorpus corpus, Subwords subwords) {
    this.settings = settings;
    this.dim = settings.dimension();
    this.texts = corpus.texts();
    String[] words = corpus.words();
    int nwords = words.length;
    this.inputs = new int[nwords][];
    for (int w = 0; w < nwords; w++) {
      int[] buckets = subwords.buckets(words[w]);
      int[] ids = new int[buckets.length + 1];
      ids[0] = w;
      for (int k = 0; k < buckets.length; k++) {
        ids[k + 1] = nwords + buckets[k];
      }
      inputs[w] = ids;
    }
    long[] counts = corpus.counts();
    this.keep = new float[nwords];
    for (int w = 0; w < nwords; w++) {
      double f = (double) counts[w] / corpus.tokens();
      double ratio = settings.sampling() / f;
      keep[w] = (float) (Math.sqrt(ratio) + ratio);
    }
    this.table = new NegativeTable(counts);
    int rows = nwords + (subwords.enabled() ? settings.buckets() : 0);
    this.input = new float[Math.multiplyExact(rows, dim)];
    this.output = new float[Math.multiplyExact(nwords, dim)];
    SplittableRandom init = new SplittableRandom(settings.seed());
    float bound = 1f / dim;
    for (int i = 0; i < input.length; i++) {
      input[i] = (float) ((init.nextDouble() * 2 - 1) * bound);
    }
    this.planned = (long) settings.epochs() * corpus.tokens();
  }

  /** Trains and returns the input table. */
  float[] train(VectorProgress progress) {
    int threads = settings.threads();
    List<Worker> workers = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      workers.add(new Worker(t, new SplittableRandom(settings.seed() * 31 + 7919L * (t + 1))));
    }
    for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
      if (threads == 1) {
        workers.get(0).run();
      } else {
        runParallel(workers);
      }
      double loss = 0;
      long pairs = 0;
      for (Worker w : workers) {
        loss += w.loss;
        pairs += w.pairs;
        w.loss = 0;
        w.pairs = 0;
      }
      progress.epoch(epoch, settings.epochs(), pairs == 0 ? 0 : loss / pairs);
    }
    return input;
  }

  private static void runParallel(List<Worker> workers) {
    List<Thread> running = new ArrayList<>(workers.size());
    for (Worker w : workers) {
      Thread thread = new Thread(w, "word-vectors-" + w.thread);
      thread.setDaemon(true);
      thread.start();
      running.add(thread);
    }
    try {
      for (Thread thread : running) {
        thread.join();
      }
    } catch (InterruptedException e) {
      running.forEach(Thread::interrupt);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("word-vector training was interrupted", e);
    }
  }

  /** One thread's share of an epoch: the texts whose index is its number modulo the threads. */
  private final class Worker implements Runnable {
    private final int thread;
    private final SplittableRandom random;
    private final float[] hidden = new float[dim];
    private final float[] grad = new float[dim];
    private int[] line = new int[0];
    private double loss;
    private long pairs;

    Worker(int thread, SplittableRandom random) {
      this.thread = thread;
      this.random = random;
    }

    @Override
    public void run() {
      long pending = 0;
      float rate = rate();
      for (int d = thread; d < texts.length; d += settings.threads()) {
        int[] text = texts[d];
        int n = subsample(text);
        for (int i = 0; i < n; i++) {
          int span = 1 + random.nextInt(settings.window());
          int[] centre = inputs[line[i]];
          for (int c = Math.max(0, i - span); c <= Math.min(n - 1, i + span); c++) {
            if (c != i) {
              update(centre, line[c], rate);
            }
          }
        }
        pending += text.length;
        if (pending >= PROGRESS_EVERY) {
          processed.addAndGet(pending);
          pending = 0;
          rate = rate();
        }
      }
      processed.addAndGet(pending);
    }

    private float rate() {
      double done = Math.min(1.0, (double) processed.get() / planned);
      return (float) (settings.learningRate() * (1.0 - done));
    }

    private int subsample(int[] text) {
      if (line.length < text.length) {
        line = new int[text.length];
      }
      int n = 0;
      for (int w : text) {
        if (keep[w] >= 1f || random.nextFloat() < keep[w]) {
          line[n++] = w;
        }
      }
      return n;
    }

    private void update(int[] ids, int target, float rate) {
      Arrays.fill(hidden, 0f);
      for (int id : ids) {
        int row = id * dim;
        for (int k = 0; k < dim; k++) {
          hidden[k] += input[row + k];
        }
      }
      float scale = 1f / ids.length;
      for (int k = 0; k < dim; k++) {
        hidden[k] *= scale;
      }
      Arrays.fill(grad, 0f);
      loss += binary(target, true, rate);
      for (int s = 0; s < settings.negatives(); s++) {
        int negative;
        do {
          negative = table.draw(random);
        } while (negative == target);
        loss += binary(negative, false, rate);
      }
      pairs++;
      for (int id : ids) {
        int row = id * dim;
        for (int k = 0; k < dim; k++) {
          input[row + k] += grad[k];
        }
      }
    }

    private float binary(int word, boolean positive, float rate) {
      int row = word * dim;
      float dot = 0f;
      for (int k = 0; k < dim; k++) {
        dot += output[row + k] * hidden[k];
      }
      float score = sigmoid(dot);
      float alpha = rate * ((positive ? 1f : 0f) - score);
      for (int k = 0; k < dim; k++) {
        grad[k] += alpha * output[row + k];
        output[row + k] += alpha * hidden[k];
      }
      return -log(positive ? score : 1f - score);
    }
  }

  static float sigmoid(float x) {
    if (x <= -MAX_SIGMOID) {
      return 0f;
    }
    if (x >= MAX_SIGMOID) {
      return 1f;
    }
    return SIGMOID[(int) ((x + MAX_SIGMOID) * TABLE_SIZE / MAX_SIGMOID / 2)];
  }

  static float log(float x) {
    if (x >= 1f) {
      return 0f;
    }
    return LOG[(int) (x * TABLE_SIZE)];
  }
}
