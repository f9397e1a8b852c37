package dev.notes2omop.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.fhir.IncomingBundle.Action;
import dev.notes2omop.fhir.IncomingBundle.Entry;
import org.junit.jupiter.api.Test;

/** Posted Bundles split into upserts, fetches and deletes. */
class IncomingBundleTest {

  private static IncomingBundle parse(String json) throws Exception {
    return IncomingBundle.parse(new ObjectMapper().readTree(json.replace('\'', '"')));
  }

  private static final String STATUS =
      "{'fullUrl':'urn:uuid:1','resource':{'resourceType':'Parameters','parameter':["
          + "{'name':'subscription','valueReference':{'reference':'Subscription/7'}},"
          + "{'name':'type','valueCode':'event-notification'},"
          + "{'name':'notification-event','part':[{'name':'event-number','valueString':'3'},"
          + "{'name':'focus','valueReference':{'reference':'http://h/fhir/DocumentReference/5/_history/2'}}]}]}}";

  @Test
  void anIdOnlyNotificationNamesTheResourcesToFetch() throws Exception {
    IncomingBundle bundle =
        parse(
            "{'resourceType':'Bundle','type':'history','entry':["
                + STATUS
                + ",{'fullUrl':'http://h/fhir/DocumentReference/5/_history/2',"
                + "'request':{'method':'PUT','url':'DocumentReference/5'}}]}");

    assertThat(bundle.kind()).isEqualTo(IncomingBundle.Kind.NOTIFICATION);
    assertThat(bundle.notificationType()).isEqualTo("event-notification");
    assertThat(bundle.entries())
        .containsExactly(new Entry(Action.FETCH, "DocumentReference/5", "2", null));
  }

  @Test
  void aFocusWithoutAnEntryIsFetchedToo() throws Exception {
    IncomingBundle bundle =
        parse("{'resourceType':'Bundle','type':'history','entry':[" + STATUS + "]}");

    assertThat(bundle.entries())
        .containsExactly(new Entry(Action.FETCH, "DocumentReference/5", "2", null));
  }

  @Test
  void aFullResourceNotificationCarriesTheResource() throws Exception {
    IncomingBundle bundle =
        parse(
            "{'resourceType':'Bundle','type':'history','entry':["
                + STATUS
                + ",{'fullUrl':'http://h/fhir/DocumentReference/5/_history/2',"
                + "'resource':{'resourceType':'DocumentReference','id':'5','meta':{'versionId':'2'}}}]}");

    Entry entry = bundle.entries().get(0);
    assertThat(bundle.entries()).hasSize(1);
    assertThat(entry.action()).isEqualTo(Action.UPSERT);
    assertThat(entry.reference()).isEqualTo("DocumentReference/5");
    assertThat(entry.versionId()).isEqualTo("2");
    assertThat(entry.resourceJson()).contains("\"id\":\"5\"");
  }

  @Test
  void aHeartbeatHasNothingToDo() throws Exception {
    IncomingBundle bundle =
        parse(
            "{'resourceType':'Bundle','type':'history','entry':[{'resource':{'resourceType':"
                + "'Parameters','parameter':[{'name':'type','valueCode':'heartbeat'}]}}]}");

    assertThat(bundle.notificationType()).isEqualTo("heartbeat");
    assertThat(bundle.entries()).isEmpty();
  }

  @Test
  void aTransactionGivesUpsertsAndDeletes() throws Exception {
    IncomingBundle bundle =
        parse(
            "{'resourceType':'Bundle','type':'transaction','entry':["
                + "{'resource':{'resourceType':'Patient','id':'1'},'request':{'method':'PUT','url':'Patient/1'}},"
                + "{'resource':{'resourceType':'DocumentReference'},'request':{'method':'PUT','url':'DocumentReference/9'}},"
                + "{'request':{'method':'DELETE','url':'DocumentReference/3'}}]}");

    assertThat(bundle.kind()).isEqualTo(IncomingBundle.Kind.TRANSACTION);
    assertThat(bundle.entries())
        .extracting(Entry::action, Entry::reference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Action.UPSERT, "Patient/1"),
            org.assertj.core.groups.Tuple.tuple(Action.UPSERT, "DocumentReference/9"),
            org.assertj.core.groups.Tuple.tuple(Action.DELETE, "DocumentReference/3"));
  }

  @Test
  void otherBundlesAndEntriesWithoutAResourceAreRefusedWithAReason() {
    assertThatThrownBy(() -> parse("{'resourceType':'Bundle','type':'collection'}"))
        .isInstanceOf(IncomingBundle.InvalidBundleException.class)
        .hasMessageContaining("type is collection");
    assertThatThrownBy(
            () ->
                parse(
                    "{'resourceType':'Bundle','type':'batch','entry':[{'request':{'method':'PUT',"
                        + "'url':'DocumentReference/1'}}]}"))
        .hasMessage("entry 0: no resource");
    assertThatThrownBy(() -> parse("{'resourceType':'Patient'}"))
        .hasMessage("POST /fhir takes a Bundle");
  }
}
