package th.itabatch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class of the shared application ({@link ItaApplicationTest}, usually inherited from the
 * class it repeats) on PostgreSQL: the application's {@code postgres} profile pointed at the test
 * run's server ({@link TestPostgres}), one more cached application for every such class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = TestPostgres.class)
@ExtendWith({ TestPostgres.Available.class, FreshDatabase.class })
public @interface OnPostgres {
}
