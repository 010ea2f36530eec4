package be.ifg.rti.json;

import static be.ifg.rti.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ifg.rti.Instrument;
import be.ifg.rti.ItemType;
import be.ifg.rti.MissingPolicy;
import be.ifg.rti.OverridePolicy;
import be.ifg.rti.Parsed;
import be.ifg.rti.Problem;
import be.ifg.rti.SectionKind;
import be.ifg.rti.UnreadableInputException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentJsonTests {

  private static final String VALID =
      "{'id':'t','version':'1.0.0','title':{'en':'T'},'approach':'CHECKLIST','validated':false,"
          + "'licence':{'textRedistributable':true,'notice':'n'},'missing':{'policy':'TREAT_AS_ABSENT'},"
          + "'override':'UPWARD_ONLY','sections':[{'id':'s','kind':'RISK','items':[{'id':'a','type':'YES_NO'}]}],"
          + "'bands':[{'id':'LOW','minScore':0},{'id':'HIGH','minScore':1}],'rules':[]}";

  static Parsed<Instrument> parse(String singleQuoted) {
    return InstrumentJson.parse(json(singleQuoted), "x.json");
  }

  static List<String> problems(String singleQuoted) {
    Parsed<Instrument> parsed = parse(singleQuoted);
    assertThat(parsed.isValid()).as("expected problems").isFalse();
    return parsed.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  /** VALID with one fragment replaced. */
  static String valid(String from, String to) {
    assertThat(VALID).contains(from);
    return VALID.replace(from, to);
  }

  static InputStream resource(String name) {
    return InstrumentJsonTests.class.getResourceAsStream("/" + name);
  }

  @Test
  void readsTheSpecExamples() {
    Instrument tiny = InstrumentJson.read(resource("tiny-instrument.json"), "tiny").orElseThrow();
    Instrument example =
        InstrumentJson.read(resource("spec-example-instrument.json"), "spec").orElseThrow();

    assertThat(tiny.reference()).isEqualTo("tiny-example@0.1.0");
    assertThat(tiny.items()).hasSize(7);
    assertThat(tiny.item("severity").orElseThrow().weight()).isEqualTo(new BigDecimal("2"));
    assertThat(tiny.item("escalating").orElseThrow().weight())
        .as("default weight")
        .isEqualTo(BigDecimal.ONE);
    assertThat(tiny.missing().maxMissing()).isEqualTo(2);
    assertThat(tiny.hash()).matches("sha256:[0-9a-f]{64}");
    assertThat(example.item("v3").orElseThrow().type()).isEqualTo(ItemType.CHOICE);
    assertThat(example.rules()).hasSize(4);
  }

  @Test
  void readsEveryBuiltInInstrument() {
    List<Instrument> all = BuiltInInstruments.all();

    assertThat(all)
        .extracting(Instrument::reference)
        .containsExactly(
            "ifg-demo@1.0.0",
            "yes-count-checklist@1.0.0",
            "colour-signals@1.0.0",
            "screening-triggers@1.0.0");
    assertThat(all).allSatisfy(i -> assertThat(i.validated()).isFalse());
    Instrument demo = all.get(0);
    assertThat(demo.items()).hasSizeBetween(18, 22);
    assertThat(demo.items()).allSatisfy(i -> assertThat(i.label()).containsKeys("nl", "en"));
    assertThat(demo.sections())
        .extracting(s -> s.kind())
        .contains(SectionKind.RISK, SectionKind.CHILD, SectionKind.PROTECTIVE);
    assertThat(demo.items()).anyMatch(i -> i.critical());
    assertThat(demo.items()).anyMatch(i -> i.type() == ItemType.EVENTS);
    assertThat(demo.licence().notice())
        .containsIgnoringCase("demonstration")
        .containsIgnoringCase("not validated");
    Instrument checklist = all.get(1);
    assertThat(checklist.items()).hasSize(20);
    assertThat(checklist.bands())
        .extracting(b -> b.minScore().intValue())
        .containsExactly(0, 10, 14);
    assertThat(checklist.override()).isEqualTo(OverridePolicy.UPWARD_ONLY);
    assertThat(checklist.items())
        .allSatisfy(i -> assertThat(i.label().get("en")).startsWith("Item "));
  }

  @Test
  void appliesTheDefaults() {
    Instrument i =
        parse(
                "{'id':'t','version':'1.0.0','title':{'en':'T'},'approach':'CHECKLIST',"
                    + "'sections':[{'id':'s','kind':'RISK','items':[{'id':'a','type':'COUNT'}]}],"
                    + "'bands':[{'id':'LOW','minScore':0}]}")
            .orElseThrow();

    assertThat(i.validated()).isFalse();
    assertThat(i.missing().policy()).isEqualTo(MissingPolicy.TREAT_AS_ABSENT);
    assertThat(i.missing().maxMissing()).isNull();
    assertThat(i.override()).isEqualTo(OverridePolicy.UPWARD_ONLY);
    assertThat(i.rules()).isEmpty();
    assertThat(i.item("a").orElseThrow().cap()).isNull();
    assertThat(i.item("a").orElseThrow().notApplicableAllowed()).isFalse();
  }

  @Test
  void reportsEveryProblemAtOnceWithItsPath() {
    List<String> problems =
        problems(
            "{'id':'Bad_Id','version':'1.0','title':{},'approach':'X','extra':1,"
                + "'sections':[{'id':'s','kind':'RISK','items':[{'id':'a','type':'ORDINAL','options':[],'weight':-1},"
                + "{'id':'a','type':'YES_NO','cap':3}]},{'id':'s','kind':'PROTECTIVE','items':[]}],"
                + "'bands':[{'id':'LOW','minScore':1},{'id':'HIGH','minScore':1},{'id':'HIGH','minScore':5}],"
                + "'rules':[{'id':'r','type':'K_OF_N','items':['zz'],'atLeast':1,'minBand':'NOPE'},"
                + "{'id':'r','type':'COUNT_IN_SECTION','section':'q','answer':'red','atLeast':1,'minBand':'LOW'}]}");

    assertThat(problems)
        .anyMatch(p -> p.startsWith("$.extra: unknown field 'extra'"))
        .anyMatch(p -> p.startsWith("$.id: 'Bad_Id' is not a valid id"))
        .anyMatch(p -> p.startsWith("$.version: '1.0' is not a semantic version"))
        .anyMatch(p -> p.startsWith("$.title: expected an object of language tag"))
        .anyMatch(p -> p.startsWith("$.approach: expected one of CHECKLIST"))
        .anyMatch(p -> p.startsWith("$.sections[0].items[0].weight: expected a number >= 0"))
        .anyMatch(p -> p.startsWith("$.sections[0].items[0].options: expected a non-empty array"))
        .anyMatch(
            p -> p.startsWith("$.sections[0].items[1].cap: unknown field 'cap' in a YES_NO item"))
        .anyMatch(p -> p.startsWith("$.sections[0].items[1].id: duplicate item id 'a'"))
        .anyMatch(p -> p.startsWith("$.sections[1].id: duplicate section id 's'"))
        .anyMatch(p -> p.startsWith("$.sections[1].items: expected a non-empty array"))
        .anyMatch(
            p -> p.startsWith("$.bands[0].minScore: the first (lowest) band must have minScore 0"))
        .anyMatch(p -> p.startsWith("$.bands[1].minScore: bands are listed from lowest to highest"))
        .anyMatch(p -> p.startsWith("$.bands[2].id: duplicate band id 'HIGH'"))
        .anyMatch(p -> p.startsWith("$.rules[0].minBand: unknown band 'NOPE'"))
        .anyMatch(p -> p.startsWith("$.rules[0].items[0]: unknown item 'zz'"))
        .anyMatch(p -> p.startsWith("$.rules[1].id: duplicate rule id 'r'"))
        .anyMatch(p -> p.startsWith("$.rules[1].section: unknown section 'q'"));
  }

  @Test
  void namesTheSourceInEveryProblem() {
    Parsed<Instrument> parsed =
        InstrumentJson.parse(json(valid("'id':'t'", "'id':'T'")), "mine.json");

    assertThat(parsed.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "mine.json: $.id at line 1, column 7: 'T' is not a valid id; expected lower-case letters, digits and - ([a-z0-9-]+)");
  }

  @Test
  void reportsMissingRequiredFields() {
    assertThat(problems("{'id':'t'}"))
        .anyMatch(p -> p.startsWith("$.version: required field is missing"))
        .anyMatch(p -> p.startsWith("$.title: required field is missing"))
        .anyMatch(p -> p.startsWith("$.approach: required field is missing"))
        .anyMatch(p -> p.startsWith("$.sections: required field is missing"))
        .anyMatch(p -> p.startsWith("$.bands: required field is missing"));
    assertThat(problems(valid("{'id':'a','type':'YES_NO'}", "{'type':'YES_NO'}")))
        .containsExactly(
            "$.sections[0].items[0].id: required field is missing; expected a non-blank string");
  }

  @Test
  void reportsWrongTypes() {
    assertThat(problems(valid("'validated':false", "'validated':'no'")))
        .containsExactly("$.validated: expected true or false, found string 'no'");
    assertThat(
            problems(
                valid("'sections':[", "'sections':{'x':[")
                    .replace("}]}],'bands'", "}]}]},'bands'")))
        .anyMatch(
            p ->
                p.startsWith(
                    "$.sections: expected a non-empty array of sections, found an object"));
    assertThat(problems(valid("'type':'YES_NO'", "'type':'YES_NO','critical':1")))
        .containsExactly("$.sections[0].items[0].critical: expected true or false, found number 1");
    assertThat(problems(valid("'type':'YES_NO'", "'type':'YES_NO','notApplicableAllowed':'yes'")))
        .containsExactly(
            "$.sections[0].items[0].notApplicableAllowed: expected true or false, found string 'yes'");
    assertThat(problems(valid("'type':'YES_NO'", "'type':'MAYBE'")))
        .anyMatch(
            p ->
                p.startsWith(
                    "$.sections[0].items[0].type: expected one of YES_NO, ORDINAL, CHOICE, COUNT, EVENTS"));
    assertThat(problems("[1,2]"))
        .containsExactly("$: expected an instrument definition (a JSON object), found an array");
  }

  @Test
  void reportsBadOptions() {
    assertThat(problems(valid("'type':'YES_NO'", "'type':'ORDINAL','options':[0,1,1,-2,1.5]")))
        .containsExactly(
            "$.sections[0].items[0].options[2]: option 1 is listed twice; options must be distinct",
            "$.sections[0].items[0].options[3]: expected a whole number >= 0, found number -2",
            "$.sections[0].items[0].options[4]: expected a whole number >= 0, found number 1.5");
    assertThat(problems(valid("'type':'YES_NO'", "'type':'CHOICE','options':[]")))
        .containsExactly(
            "$.sections[0].items[0].options: expected a non-empty array of options {value, weight}, found an empty array");
    assertThat(
            problems(
                valid(
                    "'type':'YES_NO'",
                    "'type':'CHOICE','options':[{'value':'red','weight':-1},{'value':'red','weight':1},{'value':'UNKNOWN','weight':1},{'weight':1}]")))
        .containsExactly(
            "$.sections[0].items[0].options[0].weight: expected a number >= 0, found number -1",
            "$.sections[0].items[0].options[1].value: option value 'red' is listed twice; values must be distinct",
            "$.sections[0].items[0].options[2].value: 'UNKNOWN' is a reserved answer; choose another value",
            "$.sections[0].items[0].options[3].value: required field is missing; expected a non-blank string");
    assertThat(problems(valid("'type':'YES_NO'", "'type':'COUNT','cap':-1")))
        .containsExactly(
            "$.sections[0].items[0].cap: expected a whole number >= 0, found number -1");
  }

  @Test
  void acceptsWhatTheFormatAllowsEvenWhereItIsUnusual() {
    String protective =
        valid(
                "'kind':'RISK','items':[{'id':'a','type':'YES_NO'}]",
                "'kind':'RISK','items':[{'id':'a','type':'YES_NO'}]},"
                    + "{'id':'p','kind':'PROTECTIVE','items':[{'id':'q','type':'YES_NO','critical':true},"
                    + "{'id':'e','type':'EVENTS'}]")
            .replace(
                "'rules':[]",
                "'rules':[{'id':'k','type':'K_OF_N','items':['q'],'atLeast':1,'minBand':'HIGH'},"
                    + "{'id':'c','type':'COUNT_IN_SECTION','section':'p','answer':'YES','atLeast':1,'minBand':'HIGH'},"
                    + "{'id':'w','type':'EVENTS_IN_WINDOW','item':'e','atLeast':1,'windowDays':30,'minBand':'HIGH'}]");
    String choiceWeight =
        valid("'type':'YES_NO'", "'type':'CHOICE','weight':2,'options':[{'value':'a','weight':1}]");
    String neverFires =
        VALID.replace(
            "'rules':[]",
            "'rules':[{'id':'c','type':'COUNT_IN_SECTION','section':'s','answer':'red','atLeast':5,'minBand':'HIGH'},"
                + "{'id':'k','type':'K_OF_N','items':['a'],'atLeast':2,'minBand':'HIGH'}]");

    assertThat(parse(protective).problems()).as("protective critical item and rules").isEmpty();
    assertThat(parse(choiceWeight).problems()).as("item weight on a CHOICE").isEmpty();
    assertThat(parse(choiceWeight).orElseThrow().items().get(0).weight())
        .isEqualTo(new BigDecimal("2"));
    assertThat(parse(neverFires).problems()).as("rules that can never fire").isEmpty();
  }

  @Test
  void reportsRuleProblems() {
    String rules =
        "'rules':[{'id':'w','type':'EVENTS_IN_WINDOW','item':'a','atLeast':0,'windowDays':30,'minBand':'HIGH'},"
            + "{'id':'c','type':'COUNT_IN_SECTION','section':'s','answer':'red','atLeast':1,'minBand':'HIGH'},"
            + "{'id':'k','type':'K_OF_N','items':['a'],'atLeast':2,'minBand':'HIGH','windowDays':3},"
            + "{'id':'x','type':'SOMETHING','minBand':'HIGH'}]";

    assertThat(problems(valid("'rules':[]", rules)))
        .containsExactly(
            "$.rules[0].atLeast: expected a whole number >= 1, found number 0",
            "$.rules[0].item: item 'a' is YES_NO; an EVENTS_IN_WINDOW rule needs an EVENTS item",
            "$.rules[2].windowDays: unknown field 'windowDays' in a K_OF_N rule; expected one of: atLeast, id, items, minBand, type",
            "$.rules[3].type: expected one of ANY_CRITICAL, COUNT_IN_SECTION, K_OF_N, EVENTS_IN_WINDOW, found string 'SOMETHING'");
  }

  @Test
  void throwsForInputThatIsNotJson() {
    assertThatThrownBy(() -> InstrumentJson.parse("{bad", "bad.json"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith("bad.json: is not valid JSON at line 1");
    assertThatThrownBy(() -> InstrumentJson.parse("{\"a\":1,\"a\":2}", "dup.json"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("dup.json");
    assertThatThrownBy(() -> InstrumentJson.read(Path.of("no-such-file.json")))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage("no-such-file.json: no such file");
  }

  @Test
  void hashIgnoresWhiteSpaceAndKeyOrderButNotContent() {
    String a = json(VALID);
    String b =
        json(
            "{ 'version' : '1.0.0' ,\n  'id':'t', 'approach':'CHECKLIST','title':{'en':'T'},'validated':false,"
                + "'licence':{'notice':'n','textRedistributable':true},'missing':{'policy':'TREAT_AS_ABSENT'},"
                + "'override':'UPWARD_ONLY','sections':[{'kind':'RISK','id':'s','items':[{'type':'YES_NO','id':'a'}]}],"
                + "'bands':[{'minScore':0,'id':'LOW'},{'id':'HIGH','minScore':1.0}],\t'rules':[]}");
    String c = a.replace("'notice':'n'".replace('\'', '"'), "\"notice\":\"m\"");

    String ha = InstrumentJson.parse(a, "a").orElseThrow().hash();

    assertThat(InstrumentJson.parse(b, "b").orElseThrow().hash()).isEqualTo(ha);
    assertThat(InstrumentJson.parse(c, "c").orElseThrow().hash()).isNotEqualTo(ha);
  }

  @Test
  void writesTheCanonicalForm() {
    String form =
        InstrumentJson.canonicalForm(
            Json.MAPPER.readTree(
                "{ \"b\": [1.50, 2], \"a\": {\"y\": \"\\u00e9\\n\", \"x\": null, \"z\": 1e2}}"));

    assertThat(form).isEqualTo("{\"a\":{\"x\":null,\"y\":\"é\\n\",\"z\":100},\"b\":[1.5,2]}");
  }
}
