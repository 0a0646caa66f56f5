package de.souveraen.workgroup;

import de.souveraen.testing.ServiceSmokeTest;
import de.souveraen.testing.SouveraenTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The workgroup service starts on real PostgreSQL and Kafka, is ready, documents its API and guards it. */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class WorkgroupServiceSmokeTest extends ServiceSmokeTest {
}
