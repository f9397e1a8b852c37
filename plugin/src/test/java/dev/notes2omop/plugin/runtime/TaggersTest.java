package dev.notes2omop.plugin.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.tagger.neural.TaggerModelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Taggers#open} dispatches on the package's {@code model.json} architecture: the TorchScript
 * fixture package of the tagger module's tests goes through the external loader. The dictionary is
 * not read for the model tagger (null here).
 */
class TaggersTest {

  private static final Path FIXTURE =
      Path.of("..", "tagger", "src", "test", "resources", "torchscript", "fixture");

  @TempDir Path dir;

  @Test
  void opensATorchScriptPackageThroughItsOwnLoader() {
    TaggerSettings settings = new TaggerSettings(TaggerSettings.Kind.MODEL, FIXTURE);
    try (Taggers.OpenTagger tagger = Taggers.open(settings, null)) {
      List<Mention> mentions = tagger.tag("Toma metformina.");

      assertThat(tagger.id()).isEqualTo("fixture-torchscript-tagger");
      assertThat(mentions)
          .extracting(Mention::start, Mention::end, Mention::label)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 15, EntityLabel.DRUG));
    }
  }

  @Test
  void refusesABrokenTorchScriptPackageWithItsReason() throws Exception {
    Path broken = Files.createDirectories(dir.resolve("broken"));
    for (String name : List.of("model.json", "model.pt", "tokenizer.json")) {
      Files.copy(FIXTURE.resolve(name), broken.resolve(name));
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode manifest = (ObjectNode) json.readTree(broken.resolve("model.json").toFile());
    ((ArrayNode) manifest.get("tags")).add("B-MEASUREMENT").add("I-MEASUREMENT");
    json.writeValue(broken.resolve("model.json").toFile(), manifest);

    TaggerSettings settings = new TaggerSettings(TaggerSettings.Kind.MODEL, broken);
    assertThatThrownBy(() -> Taggers.open(settings, null))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("model package " + broken)
        .hasMessageContaining("expected logits (1, 3, 7) for the 7 tags of model.json");
  }
}
