package be.ifg.web;

import be.ifg.domain.CaseTable;
import be.ifg.domain.PartnerKind;
import be.ifg.domain.ProfessionalId;
import be.ifg.examples.jdbc.JdbcStore;
import be.ifg.persistence.Store;
import be.ifg.workflow.ChainApproach;
import be.ifg.workflow.Command;
import be.ifg.workflow.Decision;
import be.ifg.workflow.DisclosureLog;
import be.ifg.workflow.SteeringGroup;
import be.ifg.workflow.SteeringReports;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library, wired: the store on the application's data source, the case table from the settings,
 * and the one {@link ChainApproach} every page asks.
 */
@Configuration(proxyBeanMethods = false)
class ChainConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(ChainConfiguration.class);

  @Bean
  Clock clock(WebSettings settings) {
    return Clock.system(ZoneId.of(settings.zone()));
  }

  @Bean(destroyMethod = "")
  Store store(DataSource dataSource) {
    return JdbcStore.open(dataSource);
  }

  @Bean
  CaseTable caseTable(WebSettings settings) {
    WebSettings.Table t = settings.table();
    CaseTable.Builder b = CaseTable.builder(t.region());
    for (Map.Entry<String, String> p : t.partners().entrySet()) {
      b.partner(p.getKey(), PartnerKind.valueOf(p.getValue().trim().toUpperCase(Locale.ROOT)));
    }
    t.members().forEach(b::member);
    t.professionals().forEach(b::professional);
    return b.coordinator(t.coordinator()).build();
  }

  @Bean
  Set<SteeringGroup> steeringGroups(WebSettings settings) {
    WebSettings.Steering s = settings.steering();
    if (s.name().isBlank() || s.readers().isEmpty()) {
      return Set.of();
    }
    return Set.of(
        SteeringGroup.of(
            s.name(),
            s.readers().stream().map(ProfessionalId::of).collect(Collectors.toSet()),
            Set.of(settings.table().region())));
  }

  /**
   * The steering groups' reports over the app's store, ordered by group name, each logging its
   * questions to the store's disclosure log.
   */
  @Bean
  List<SteeringReports> steeringReports(Store store, Set<SteeringGroup> groups, Clock clock) {
    return groups.stream()
        .sorted(Comparator.comparing(SteeringGroup::name))
        .map(
            g ->
                new SteeringReports(
                    store, g, clock, SteeringReports.DEFAULT_THRESHOLD, new DisclosureLog(store)))
        .toList();
  }

  @Bean
  ChainApproach chainApproach(
      CaseTable table,
      Clock clock,
      Store store,
      Set<SteeringGroup> steeringGroups,
      WebSettings settings) {
    ChainApproach.Builder b = ChainApproach.builder().table(table).clock(clock).store(store);
    steeringGroups.forEach(b::steeringGroup);
    ChainApproach chain = b.build();
    if (settings.demo()) {
      for (String member : settings.table().pledged()) {
        ProfessionalId who = ProfessionalId.of(member);
        if (chain.tableState().isMember(who) && !chain.tableState().hasPledged(who)) {
          Decision d = chain.handle(who, new Command.SignPledge());
          LOG.info("demo: pledge of a demo member recorded: {}", d instanceof Decision.Accepted);
        }
      }
    }
    return chain;
  }
}
