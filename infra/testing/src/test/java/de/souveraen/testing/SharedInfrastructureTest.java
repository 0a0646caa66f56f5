package de.souveraen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SharedInfrastructureTest {

    @Test
    void concurrent_callers_get_one_running_server_and_one_broker() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Object> postgres = SharedInfrastructure::postgres;
            Callable<Object> kafka = SharedInfrastructure::kafka;
            List<Future<Object>> results = pool.invokeAll(List.of(postgres, kafka, postgres, kafka), 2, TimeUnit.MINUTES);
            assertThat(results.get(0).get()).isSameAs(results.get(2).get()).isSameAs(SharedInfrastructure.postgres());
            assertThat(results.get(1).get()).isSameAs(results.get(3).get()).isSameAs(SharedInfrastructure.kafka());
        } finally {
            pool.shutdownNow();
        }
        assertThat(SharedInfrastructure.postgres().isRunning()).isTrue();
        assertThat(SharedInfrastructure.kafka().isRunning()).isTrue();
    }

    @Test
    void close_leaves_the_shared_instances_running_for_the_rest_of_the_jvm() {
        SharedInfrastructure.postgres().close();
        SharedInfrastructure.kafka().close();
        assertThat(SharedInfrastructure.postgres().isRunning()).isTrue();
        assertThat(SharedInfrastructure.kafka().isRunning()).isTrue();
    }
}
