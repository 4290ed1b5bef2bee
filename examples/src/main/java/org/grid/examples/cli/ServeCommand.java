package org.grid.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.grid.examples.console.ConsoleApplication;
import org.grid.examples.console.DemoUsers;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve [--port N]}: starts the example application (示例应用) with its web console on an embedded in-memory
 * H2 database loaded with the sample township ({@link ConsoleApplication}), prints where to open it and the demo
 * users, and runs until stopped (Ctrl+C). docs/console.md describes it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Starts the example application and its web console on the sample township (示范乡).")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N",
      description = "the HTTP port, 1 to 65535, or 0 for a free one (default ${DEFAULT-VALUE})")
  int port = 8080;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--port must be from 0 to 65535, was " + port);
    }
    ConfigurableApplicationContext application = ConsoleApplication.start(port);
    CountDownLatch closed = new CountDownLatch(1);
    application.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    int actual = ((WebServerApplicationContext) application).getWebServer().getPort();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("grid console: http://localhost:%d/console/ (public pages: http://localhost:%d/public/)%n", actual,
        actual);
    out.printf("demo users (password '%s', demo only): %s%n", DemoUsers.PASSWORD,
        String.join(", ", DemoUsers.NAMES));
    out.println("Ctrl+C stops it.");
    out.flush();
    closed.await();
    return GridCli.OK;
  }
}
