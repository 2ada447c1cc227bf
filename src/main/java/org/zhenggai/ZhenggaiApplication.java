package org.zhenggai;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.zhenggai.audit.AuditChain;
import org.zhenggai.documents.IngestCommand;
import org.zhenggai.generator.GenerateCommand;

/**
 * Starts the server, or runs one of the sub-commands that work without a browser:
 * {@code ingest FILE [--json]}, {@code audit verify} and {@code generate --units N --seed S}.
 */
@SpringBootApplication
public class ZhenggaiApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("ingest")) {
			// Chinese text must reach the terminal or a pipe as UTF-8, whatever the system locale says.
			var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
			var err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
			System.exit(IngestCommand.run(Arrays.asList(args).subList(1, args.length), out, err));
		}
		if (args.length > 1 && args[0].equals("audit") && args[1].equals("verify")) {
			System.exit(verifyAuditTrail());
		}
		if (args.length > 0 && args[0].equals("generate")) {
			var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
			var err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
			System.exit(GenerateCommand.run(Arrays.asList(args).subList(1, args.length), out, err,
					ZhenggaiApplication::withoutServer));
		}
		SpringApplication.run(ZhenggaiApplication.class, args);
	}

	/**
	 * {@code audit verify}: checks the audit trail of the database the same environment variables
	 * configure for the server; exits 0 when intact, 1 naming the first broken record.
	 */
	private static int verifyAuditTrail() {
		var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		try (var context = withoutServer()) {
			var result = context.getBean(AuditChain.class).verify();
			if (result.intact()) {
				out.printf("审计记录完整：已核验 %d 条 / audit trail intact: %d records verified%n", result.recordsChecked(),
						result.recordsChecked());
				return 0;
			}
			out.printf("审计记录被篡改：第一处断链在记录 %s（%s）；此前 %d 条完好 / audit trail broken at record %s: %s%n",
					result.firstBrokenId(), result.reason(), result.recordsChecked(), result.firstBrokenId(), result.reason());
			return 1;
		}
	}

	/** The application without web server, schedules or demo data, for the sub-commands. */
	private static ConfigurableApplicationContext withoutServer() {
		return new SpringApplicationBuilder(ZhenggaiApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("zhenggai.server-tasks=false", "logging.level.root=WARN", "logging.level.org.flywaydb=ERROR")
			.run();
	}
}
