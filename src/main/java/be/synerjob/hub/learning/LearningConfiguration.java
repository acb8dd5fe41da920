package be.synerjob.hub.learning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule engine with the shipped rule table and the configured choices. */
@Configuration(proxyBeanMethods = false)
class LearningConfiguration {

  @Bean
  TrainingRight trainingRight(LearningProperties properties) {
    return new TrainingRight(LearningRules.shipped(), properties.rules());
  }
}
