package dev.notes2omop.tagger.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The BiLSTM tagger network. Per token: a word embedding, a character CNN (embeddings of its
 * characters, one convolution of width 3, ReLU, max over the characters, padding excluded), a shape
 * embedding and the gazetteer flags, concatenated (with dropout in training); then two
 * unidirectional LSTMs, one over the tokens in order and one over each window reversed within its
 * own length (DJL 0.36's bidirectional LSTM is broken on PyTorch, DESIGN §5); their states are
 * concatenated (dropout again) and a linear layer gives one score per tag.
 *
 * <p>Inputs, in this order ({@link WindowBatch} builds them): word ids {@code [B, T]}, character
 * ids {@code [B, T, maxChars]}, shape ids {@code [B, T]} (all int64, 0 = padding), gazetteer flags
 * {@code [B, T, G]} (float32) and the reversal index {@code [B, T]} (int64: {@code len-1-t} inside
 * a window, {@code t} on padding). Output: tag scores {@code [B, T, tags]}.
 */
public final class TaggerNetwork extends AbstractBlock {

  private static final byte VERSION = 2;

  private final int gazetteerWidth;
  private final int hidden;
  private final int tags;
  private final int maxChars;
  private final int charFilters;
  private final float dropout;
  private final Parameter wordEmbedding;
  private final Parameter charEmbedding;
  private final Parameter shapeEmbedding;
  private final Conv1d charConvolution;
  private final LSTM forward;
  private final LSTM backward;
  private final Linear output;

  /**
   * @param words size of the word vocabulary
   * @param chars size of the character vocabulary
   * @param shapes size of the shape vocabulary
   * @param gazetteerWidth number of gazetteer flags per token
   * @param tags number of tags
   * @param config the sizes of the layers
   */
  public TaggerNetwork(
      int words, int chars, int shapes, int gazetteerWidth, int tags, TaggerConfig config) {
    super(VERSION);
    this.gazetteerWidth = gazetteerWidth;
    this.hidden = config.hidden();
    this.tags = tags;
    this.maxChars = config.maxChars();
    this.charFilters = config.charFilters();
    this.dropout = config.dropout();
    wordEmbedding = addParameter(embedding("word_embedding", words, config.wordDim()));
    charEmbedding = addParameter(embedding("char_embedding", chars, config.charDim()));
    shapeEmbedding = addParameter(embedding("shape_embedding", shapes, config.shapeDim()));
    charConvolution =
        addChildBlock(
            "char_cnn",
            Conv1d.builder()
                .setKernelShape(new Shape(3))
                .optPadding(new Shape(1))
                .setFilters(config.charFilters())
                .build());
    forward = addChildBlock("forward_lstm", lstm(config.hidden()));
    backward = addChildBlock("backward_lstm", lstm(config.hidden()));
    output = addChildBlock("output", Linear.builder().setUnits(tags).build());
  }

  private static Parameter embedding(String name, int size, int dim) {
    if (size < 2) {
      throw new IllegalArgumentException(name + " needs at least 2 entries, got " + size);
    }
    return Parameter.builder()
        .setName(name)
        .setType(Parameter.Type.WEIGHT)
        .optShape(new Shape(size, dim))
        .build();
  }

  private static LSTM lstm(int stateSize) {
    return LSTM.builder()
        .setStateSize(stateSize)
        .setNumLayers(1)
        .optBatchFirst(true)
        .optBidirectional(false)
        .optReturnState(false)
        .build();
  }

  private long inputWidth() {
    return wordEmbedding.getShape().get(1)
        + charFilters
        + shapeEmbedding.getShape().get(1)
        + gazetteerWidth;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray wordIds = inputs.get(0);
    NDArray charIds = inputs.get(1);
    NDArray shapeIds = inputs.get(2);
    NDArray gazetteer = inputs.get(3);
    NDArray reversal = inputs.get(4);
    NDArray device = wordIds;

    NDArray words = lookup(wordIds, store.getValue(wordEmbedding, device.getDevice(), training));
    NDArray chars = characters(store, charIds, training);
    NDArray shapes = lookup(shapeIds, store.getValue(shapeEmbedding, device.getDevice(), training));
    NDArray x = drop(NDArrays.concat(new NDList(words, chars, shapes, gazetteer), 2), training);

    NDArray ahead = forward.forward(store, new NDList(x), training).singletonOrThrow();
    NDArray reversedInput = reverse(x, reversal);
    NDArray behind =
        reverse(
            backward.forward(store, new NDList(reversedInput), training).singletonOrThrow(),
            reversal);
    NDArray states = drop(NDArrays.concat(new NDList(ahead, behind), 2), training);
    return output.forward(store, new NDList(states), training);
  }

  /**
   * {@code [B, T, maxChars]} character ids to {@code [B, T, charFilters]} token vectors: a
   * convolution of width 3 (padding 1) over each token's character embeddings, ReLU, max over the
   * characters that are not padding.
   *
   * <p>The convolution is computed as one matrix product over the three shifted copies of the
   * characters, with the weights of the {@code char_cnn} block, not by that block's own forward:
   * libtorch runs a 1-d convolution through oneDNN, whose AVX-512 direct-convolution kernel returns
   * wrong values, and at random NaN, when the input channels (here {@code charDim} = 24) are not a
   * multiple of 16 and the batch has more than one row (docs/model.md, "On AVX-512 CPUs"). The
   * product is the same function on every CPU, and the package's parameters are unchanged.
   */
  private NDArray characters(ParameterStore store, NDArray charIds, boolean training) {
    Shape shape = charIds.getShape();
    long b = shape.get(0);
    long t = shape.get(1);
    NDArray embedded =
        lookup(charIds, store.getValue(charEmbedding, charIds.getDevice(), training));
    long dim = embedded.getShape().get(3);
    NDArray sequence = embedded.reshape(b * t, maxChars, dim);
    NDArray padded = sequence.pad(new Shape(0, 0, 1, 1), 0);
    NDArray windows =
        NDArrays.concat(
            new NDList(
                padded.get(":, 0:{}, :", maxChars),
                padded.get(":, 1:{}, :", maxChars + 1),
                padded.get(":, 2:{}, :", maxChars + 2)),
            2);
    Parameter weight = charConvolution.getParameters().get("weight");
    Parameter bias = charConvolution.getParameters().get("bias");
    // weight [filters, dim, 3] -> [3 * dim, filters], rows in the order of the windows' columns
    NDArray kernel =
        store
            .getValue(weight, charIds.getDevice(), training)
            .transpose(2, 1, 0)
            .reshape(3 * dim, charFilters);
    NDArray features =
        Activation.relu(
            windows.matMul(kernel).add(store.getValue(bias, charIds.getDevice(), training)));
    // ReLU outputs are >= 0, so zeroing the padding keeps it out of the max
    NDArray mask = charIds.gt(0).toType(DataType.FLOAT32, false).reshape(b * t, maxChars, 1);
    return features.mul(mask).max(new int[] {1}).reshape(b, t, charFilters);
  }

  private NDArray drop(NDArray x, boolean training) {
    if (!training || dropout == 0f) {
      return x;
    }
    return Dropout.dropout(x, dropout, true).singletonOrThrow();
  }

  private static NDArray lookup(NDArray ids, NDArray weight) {
    return Embedding.embedding(ids, weight, SparseFormat.DENSE).singletonOrThrow();
  }

  /** Reverses each window of {@code x [B, T, D]} within its length; padding stays in place. */
  private static NDArray reverse(NDArray x, NDArray reversal) {
    NDArray index = reversal.expandDims(2).repeat(2, x.getShape().get(2));
    return x.gather(index, 1);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape words = inputShapes[0];
    return new Shape[] {new Shape(words.get(0), words.get(1), tags)};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape words = inputShapes[0];
    charConvolution.initialize(
        manager, dataType, new Shape(1, charEmbedding.getShape().get(1), maxChars));
    Shape lstmInput = new Shape(words.get(0), words.get(1), inputWidth());
    forward.initialize(manager, dataType, lstmInput);
    backward.initialize(manager, dataType, lstmInput);
    output.initialize(manager, dataType, new Shape(words.get(0), words.get(1), 2L * hidden));
  }
}
