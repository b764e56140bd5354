package dev.supervisorportal.scheduler.cli;

import dev.supervisorportal.scheduler.Evaluation;
import dev.supervisorportal.scheduler.Plan;
import dev.supervisorportal.scheduler.Policy;
import dev.supervisorportal.scheduler.Scheduler;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.Score;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The command line: {@code plan}, {@code score} and {@code bench}. JSON in on standard input, JSON
 * out on standard output; a problem is one line on standard error and a non-zero status (2 for bad
 * input or usage, 1 for a bug), never a stack trace.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int INVALID_INPUT = 2;

    /** Beyond a million hosts or workloads the generated snapshot alone would not fit a normal heap. */
    private static final long MAX_BENCH_SIZE = 1_000_000;

    static final String USAGE = "usage: java -jar scheduler-core.jar plan < snapshot.json"
            + " | score --scorer least-allocated|most-allocated|balanced-allocation < snapshot.json"
            + " | bench [--hosts 1000] [--workloads 10000] [--seed 1] [--sizes classes|distinct]"
            + " [--policy spread|pack|balanced]"
            + " [--warmup 20] [--rounds 20]";

    private Main() {
    }

    public static void main(String[] args) {
        // JSON is UTF-8 whatever the platform's console encoding says.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs one command; the streams and the returned status make it testable in-process. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new InputException(USAGE);
            }
            List<String> options = Arrays.asList(args).subList(1, args.length);
            String result = switch (args[0]) {
                case "plan" -> plan(options, in);
                case "score" -> score(options, in);
                case "bench" -> bench(options);
                case "help", "--help", "-h" -> USAGE;
                default -> throw new InputException("unknown command '" + args[0] + "'; " + USAGE);
            };
            out.println(result);
            out.flush();
            return OK;
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return INVALID_INPUT;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("internal error: " + e);
            return FAILURE;
        }
    }

    private static String plan(List<String> args, InputStream in) throws InputException {
        Options.parse(args, "plan", Set.of());
        SnapshotReader.Input input = SnapshotReader.read(in);
        long start = System.nanoTime();
        Plan plan = new Scheduler().place(input.snapshot(), input.policy());
        long nanos = System.nanoTime() - start;
        return JsonOutput.plan(plan, input.snapshot().workloads().size(), JsonOutput.millis(nanos));
    }

    private static String score(List<String> args, InputStream in) throws InputException {
        Options options = Options.parse(args, "score", Set.of("scorer"));
        Score score;
        try {
            score = Policy.scoreNamed(options.required("scorer", "score"));
        } catch (IllegalArgumentException e) {
            throw new InputException("score: " + e.getMessage());
        }
        SnapshotReader.Input input = SnapshotReader.read(in);
        List<Workload> workloads = input.snapshot().workloads();
        if (workloads.isEmpty()) {
            throw new InputException("score: the input has no workload to score");
        }
        Evaluation evaluation = new Scheduler().evaluate(input.snapshot().hosts(), workloads.getFirst(), score);
        return JsonOutput.evaluation(evaluation);
    }

    private static String bench(List<String> args) throws InputException {
        Options options = Options.parse(args, "bench", Set.of("hosts", "workloads", "seed", "sizes", "policy", "warmup", "rounds"));
        Policy policy;
        try {
            policy = Policy.fromCliName(options.text("policy", Policy.SPREAD.cliName()));
        } catch (IllegalArgumentException e) {
            throw new InputException("bench: " + e.getMessage());
        }
        String sizes = options.text("sizes", "classes");
        if (!sizes.equals("classes") && !sizes.equals("distinct")) {
            throw new InputException("bench: unknown sizes '" + sizes + "' (expected classes or distinct)");
        }
        Bench.Settings settings = new Bench.Settings(
                (int) options.number("hosts", 1_000, 1, MAX_BENCH_SIZE),
                (int) options.number("workloads", 10_000, 0, MAX_BENCH_SIZE),
                options.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE),
                sizes.equals("distinct"),
                policy,
                (int) options.number("warmup", 20, 0, 1_000),
                (int) options.number("rounds", 20, 1, 1_000));
        return Bench.run(settings);
    }
}
