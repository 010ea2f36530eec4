package be.ifg.rti.json;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.rti.Instrument;
import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordingJsonTests {
  @TempDir Path dir;

  private Path file(String singleQuoted) throws Exception {
    Path file = dir.resolve("wording.json");
    Files.writeString(file, be.ifg.rti.Fixtures.json(singleQuoted));
    return file;
  }

  @Test
  void mergesLocalWordingIntoAStructureOnlyTemplate() throws Exception {
    Instrument template = BuiltInInstruments.catalogue().find("yes-count-checklist").orElseThrow();

    Instrument local =
        WordingJson.apply(
                template,
                file(
                    "{'instrument':'yes-count-checklist','version':'1.0.0','language':'nl',"
                        + "'title':'Onze checklist','labels':{'item-1':'Eigen tekst 1','checklist':'Lijst','HIGH':'hoog'}}"))
            .orElseThrow();

    assertThat(local.item("item-1").orElseThrow().label("nl")).isEqualTo("Eigen tekst 1");
    assertThat(local.item("item-1").orElseThrow().label("en")).isEqualTo("Item 1");
    assertThat(local.item("item-2").orElseThrow().label("nl")).isEqualTo("Item 2");
    assertThat(local.section("checklist").orElseThrow().label("nl")).isEqualTo("Lijst");
    assertThat(local.band("HIGH").orElseThrow().label()).containsEntry("nl", "hoog");
    assertThat(local.title("nl")).isEqualTo("Onze checklist");
    assertThat(local.hash())
        .as("wording does not change the definition's hash")
        .isEqualTo(template.hash());
  }

  @Test
  void refusesWordingForAnotherInstrumentOrUnknownIds() throws Exception {
    Instrument template =
        BuiltInInstruments.catalogue().find("yes-count-checklist@1.0.0").orElseThrow();

    Parsed<Instrument> parsed =
        WordingJson.apply(
            template,
            file(
                "{'instrument':'ifg-demo','version':'2.0.0','language':'nl','labels':{'item-99':'x'}}"));

    assertThat(parsed.problems())
        .extracting(Problem::path)
        .containsExactly("$.instrument", "$.version", "$.labels.item-99");
  }

  @Test
  void reportsABadWordingFile() throws Exception {
    Parsed<be.ifg.rti.Wording> parsed =
        WordingJson.read(
            file("{'instrument':'x','language':'Dutch','labels':{'a':1},'extra':true}"));

    assertThat(parsed.problems())
        .extracting(Problem::path)
        .containsExactly("$.extra", "$.version", "$.language", "$.labels.a");
  }
}
