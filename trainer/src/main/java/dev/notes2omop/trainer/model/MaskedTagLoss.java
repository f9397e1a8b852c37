package dev.notes2omop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Softmax cross-entropy over tags, averaged over the real tokens of a padded batch. Written here
 * because DJL's {@code MaskedSoftmaxCrossEntropyLoss} needs {@code sequenceMask}, which the PyTorch
 * engine lacks (DESIGN §5). Labels: gold tags {@code [B, T]} and each token's weight {@code [B, T]}
 * (1 for a real token, 0 for padding, in between for a silver {@code O} that is only probably one);
 * prediction: scores {@code [B, T, tags]}. The weighted sum is divided by the sum of the weights.
 */
final class MaskedTagLoss extends Loss {

  MaskedTagLoss() {
    super("masked_tag_loss");
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    NDArray scores = predictions.singletonOrThrow();
    NDArray gold = labels.get(0);
    NDArray mask = labels.get(1);
    int tags = (int) scores.getShape().get(2);
    NDArray logProbabilities = scores.logSoftmax(2);
    NDArray goldLogProbability = logProbabilities.mul(gold.oneHot(tags)).sum(new int[] {2});
    NDArray tokens = mask.sum().maximum(1f);
    return goldLogProbability.mul(mask).sum().neg().div(tokens);
  }
}
