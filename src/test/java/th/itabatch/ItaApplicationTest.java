package th.itabatch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application as the tests run it in-process: one configuration for every such test class, so
 * Spring's context cache starts it once; its data, input and output folders in one temporary folder
 * for the test run ({@link TestFolders}), its database emptied before each test class
 * ({@link FreshDatabase}), and two users, a viewer and an editor, for the pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "ita.security.users[0].username=viewer", "ita.security.users[0].password={noop}viewer-pw",
		"ita.security.users[0].role=VIEWER", "ita.security.users[1].username=editor",
		"ita.security.users[1].password={noop}editor-pw", "ita.security.users[1].role=EDITOR" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestFolders.class)
@ExtendWith(FreshDatabase.class)
public @interface ItaApplicationTest {
}
