package de.souveraen.inventory;

import de.souveraen.testing.ServiceSmokeTest;
import de.souveraen.testing.SouveraenTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The inventory service starts on real PostgreSQL and Kafka, is ready, documents its API and guards it. */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class InventoryServiceSmokeTest extends ServiceSmokeTest {
}
