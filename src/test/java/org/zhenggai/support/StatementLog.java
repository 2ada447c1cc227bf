package org.zhenggai.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What each HTTP request sends to the database, as {@code log_statement = all} would show it: every
 * statement executed, and each transaction's BEGIN and its COMMIT or ROLLBACK. The application's
 * data source is wrapped; what is sent while serving a request is filed under the request's path
 * and query, so a test reads exactly what one request cost, whatever else runs at the time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementLog {

	private final Map<String, List<String>> byRequest = new ConcurrentHashMap<>();

	/** What the requests to this path and query sent so far, in order. */
	public List<String> of(String pathAndQuery) {
		return List.copyOf(byRequest.getOrDefault(pathAndQuery, List.of()));
	}

	@Bean
	static BeanPostProcessor statementLogDataSource(org.springframework.beans.factory.ObjectProvider<StatementLog> log) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof Logged)) {
					return new Logged(dataSource, log);
				}
				return bean;
			}
		};
	}

	private void record(String what) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			var request = attributes.getRequest();
			String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
			byRequest.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(what);
		}
	}

	private static final class Logged extends DelegatingDataSource {

		private final org.springframework.beans.factory.ObjectProvider<StatementLog> log;

		Logged(DataSource target, org.springframework.beans.factory.ObjectProvider<StatementLog> log) {
			super(target);
			this.log = log;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		private Connection connection(Connection target) {
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						switch (method.getName()) {
							case "setAutoCommit" -> {
								if (Boolean.FALSE.equals(args[0]) && target.getAutoCommit()) {
									record("BEGIN");
								}
							}
							case "commit" -> record("COMMIT");
							case "rollback" -> record("ROLLBACK");
							default -> {
							}
						}
						Object result = invoke(target, method, args);
						if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
							return statement(statement, (String) args[0]);
						}
						if (result instanceof Statement statement) {
							return statement(statement, null);
						}
						return result;
					});
		}

		private Object statement(Statement target, String sql) {
			var interfaces = new java.util.LinkedHashSet<Class<?>>();
			for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
				for (Class<?> i : type.getInterfaces()) {
					if (Statement.class.isAssignableFrom(i)) {
						interfaces.add(i);
					}
				}
			}
			InvocationHandler handler = (proxy, method, args) -> {
				if (method.getName().startsWith("execute")) {
					record(sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : method.getName());
				}
				return invoke(target, method, args);
			};
			return Proxy.newProxyInstance(getClass().getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
		}

		private void record(String what) {
			log.ifAvailable(l -> l.record(what.strip().replaceAll("\\s+", " ")));
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}
	}
}
