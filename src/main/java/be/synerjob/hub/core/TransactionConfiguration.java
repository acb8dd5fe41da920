package be.synerjob.hub.core;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** The hub's one transaction manager (Spring Boot's own backs off when this one exists). */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

  @Bean
  JdbcTransactionManager transactionManager(DataSource dataSource) {
    return new DurableTransactionManager(dataSource);
  }
}
