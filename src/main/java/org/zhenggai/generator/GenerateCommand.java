package org.zhenggai.generator;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code generate --units N --seed S [--today YYYY-MM-DD] [--batch]
 * [--office-level county|province]}: fills the database the same
 * environment variables configure for the server with generated data and prints rows per second
 * per table. Exits 0 when written, 2 on bad arguments, 1 when writing failed (nothing is kept).
 */
public final class GenerateCommand {

	static final String USAGE = "用法 / usage: generate --units N --seed S [--today YYYY-MM-DD] [--batch] "
			+ "[--office-level county|province]";

	private GenerateCommand() {
	}

	/** Runs the command; {@code context} starts the application without a web server when needed. */
	public static int run(List<String> args, PrintStream out, PrintStream err,
			Supplier<ConfigurableApplicationContext> context) {
		Integer units = null;
		Long seed = null;
		LocalDate today = null;
		boolean batch = false;
		var officeLevel = OfficeLevel.COUNTY;
		try {
			for (int i = 0; i < args.size(); i++) {
				switch (args.get(i)) {
					case "--units" -> units = Integer.valueOf(value(args, ++i, "--units"));
					case "--seed" -> seed = Long.valueOf(value(args, ++i, "--seed"));
					case "--today" -> today = LocalDate.parse(value(args, ++i, "--today"));
					case "--batch" -> batch = true;
					case "--office-level" -> officeLevel = OfficeLevel.parse(value(args, ++i, "--office-level"));
					default -> throw new IllegalArgumentException("未知参数 / unknown argument: " + args.get(i));
				}
			}
		}
		catch (NumberFormatException | DateTimeParseException e) {
			err.println("参数格式错误 / malformed argument: " + e.getMessage());
			err.println(USAGE);
			return 2;
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(USAGE);
			return 2;
		}
		if (units == null || seed == null || units < 1) {
			err.println("需要 --units（至少 1）和 --seed / --units (at least 1) and --seed are required");
			err.println(USAGE);
			return 2;
		}
		try (var application = context.get()) {
			var day = today != null ? today : LocalDate.now(application.getBean(Clock.class));
			application.getBean(DataGenerator.class).generate(units, seed, day, batch, officeLevel).print(out);
			return 0;
		}
		catch (RuntimeException e) {
			err.println("生成失败，数据库未作改动 / generating failed, nothing was written: " + e.getMessage());
			return 1;
		}
	}

	private static String value(List<String> args, int i, String name) {
		if (i >= args.size()) {
			throw new IllegalArgumentException(name + " 缺少取值 / needs a value");
		}
		return args.get(i);
	}
}
