package th.itabatch.web;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.itabatch.TestFolders;

/** A test of the application serving on a random port, its folders under one temporary folder of the test class. */
abstract class RunningServer {

	@TempDir
	static Path root;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		TestFolders.under(root, registry);
	}

	@LocalServerPort
	int port;

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
