using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using MLDrill.Domain.Coding;
using MLDrill.Domain.Questions;

namespace MLDrill.Infrastructure.Tests.Judge;

/// <summary>
/// Hostile code against the real sandbox (bubblewrap, rlimits, cgroups): each case asserts that the attack is
/// contained, not merely that the code failed.
/// </summary>
public sealed class SandboxAttackTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static readonly CodingProblem Doubling = new()
    {
        Id = "doubling",
        Title = "Double it",
        Difficulty = Difficulty.Easy,
        Kind = ProblemKind.Implement,
        Tags = ["test"],
        Function = "double",
        StatementMarkdown = "Double x.",
        ExplanationMarkdown = "x * 2",
        Starter = "def double(x):\n    raise NotImplementedError\n",
        Reference = "def double(x):\n    return x * 2\n",
        WrongSolutions = [],
        TimeLimitMs = 3_000,
        Tests =
        [
            new ProblemTest("one", "basic", true, [JsonValue.Create(1)], JsonValue.Create(2), CompareSpec.Default),
            new ProblemTest("secret", "edge: hidden", false, [JsonValue.Create(21)], JsonValue.Create(42), CompareSpec.Default),
        ],
    };

    private Task<JudgeReport> JudgeAsync(string source) => sandbox.Judge.JudgeAsync(Doubling, source, allTests: true, TestContext.Current.CancellationToken);

    [Fact]
    public async Task The_reference_is_accepted_so_the_other_verdicts_mean_something()
    {
        var report = await JudgeAsync(Doubling.Reference);
        report.Verdict.ShouldBe(Verdict.Accepted, report.Summary + report.Traceback);
    }

    [Fact]
    public async Task A_socket_to_a_listener_on_the_host_never_connects()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var run = await sandbox.ExecAsync($"""
            import socket
            s = socket.socket()
            s.settimeout(2)
            try:
                s.connect(("127.0.0.1", {port}))
                print("CONNECTED")
            except OSError as e:
                print("refused", e)
            """);
        run.ResultLines.ShouldNotContain("CONNECTED");
        run.ResultLines.ShouldContain("refused");
        listener.Pending().ShouldBeFalse("a connection reached the host's listener");
    }

    [Fact]
    public async Task There_is_no_network_beyond_loopback()
    {
        var run = await sandbox.ExecAsync("""
            import socket
            print(sorted(n for _, n in socket.if_nameindex()))
            try:
                socket.create_connection(("1.1.1.1", 53), timeout=2)
                print("OUT")
            except OSError as e:
                print("no route", e.errno)
            """);
        run.ResultLines.ShouldContain("['lo']");
        run.ResultLines.ShouldContain("no route");
    }

    [Fact]
    public async Task The_apps_files_and_database_are_not_visible()
    {
        var secretDir = Directory.CreateTempSubdirectory("mldrill-app-data-");
        var database = Path.Combine(secretDir.FullName, "mldrill.db");
        await File.WriteAllTextAsync(database, "SECRET-DATABASE", TestContext.Current.CancellationToken);
        var appSettings = Path.Combine(AppContext.BaseDirectory, "MLDrill.Infrastructure.dll");
        try
        {
            var run = await sandbox.ExecAsync($"""
                import os
                for p in [{Py(database)}, {Py(appSettings)}, "/etc/passwd", "/root", "/home", "/var/lib/postgresql"]:
                    print(p, os.path.exists(p))
                """);
            run.ResultLines.ShouldContain($"{database} False");
            run.ResultLines.ShouldContain($"{appSettings} False");
            run.ResultLines.ShouldContain("/etc/passwd False");
            run.ResultLines.ShouldContain("/root False");
            run.ResultLines.ShouldNotContain("SECRET-DATABASE");
        }
        finally
        {
            secretDir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Another_submission_temp_files_are_gone_for_the_next_run()
    {
        var first = await sandbox.ExecAsync("open('/tmp/other-user.py', 'w').write('answer = 42')\nprint(open('/tmp/other-user.py').read())");
        first.ResultLines.ShouldContain("answer = 42");
        var second = await sandbox.ExecAsync("import os\nprint(sorted(os.listdir('/tmp')))");
        second.ResultLines.ShouldNotContain("other-user.py");
    }

    [Fact]
    public async Task Process_one_and_the_code_see_no_inherited_environment()
    {
        Environment.SetEnvironmentVariable("MLDRILL_TEST_SECRET", "hunter2");
        var run = await sandbox.ExecAsync("""
            import os
            print("ENV", sorted(os.environ))
            print("PID1", open("/proc/1/environ", "rb").read())
            print("PARENT", open(f"/proc/{os.getppid()}/environ", "rb").read())
            """);
        run.ResultLines.ShouldNotContain("hunter2");
        run.ResultLines.ShouldNotContain("ConnectionStrings");
        run.ResultLines.ShouldContain("PID1 b''");
        run.ResultLines.ShouldContain("ENV ['HOME', 'LANG', 'OPENBLAS_NUM_THREADS', 'PATH', 'PWD', 'PYTHONDONTWRITEBYTECODE']");
    }

    [Fact]
    public async Task Host_processes_are_invisible_and_unkillable()
    {
        var run = await sandbox.ExecAsync($"""
            import os, signal
            pids = [p for p in os.listdir("/proc") if p.isdigit()]
            print("PIDS", len(pids))
            try:
                os.kill({Environment.ProcessId}, signal.SIGKILL)
                print("KILLED HOST")
            except OSError as e:
                print("cannot", e.errno)
            os.kill(-1, signal.SIGKILL)
            """);
        run.ResultLines.ShouldNotContain("KILLED HOST");
        var count = int.Parse(run.ResultLines.Split("PIDS ")[1].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        count.ShouldBeLessThan(5);
        Process.GetCurrentProcess().HasExited.ShouldBeFalse();
    }

    [Fact]
    public async Task Code_runs_unprivileged_and_cannot_become_root()
    {
        var run = await sandbox.ExecAsync("""
            import os
            print("UID", os.getuid() == 0)
            try:
                os.setuid(0)
                print("ROOT")
            except OSError as e:
                print("denied", e.errno)
            """);
        run.ResultLines.ShouldNotContain("ROOT");
        run.ResultLines.ShouldContain("denied");
    }

    [Theory]
    [InlineData("/usr/evil.txt")]
    [InlineData("/harness/evil.txt")]
    [InlineData("/evil.txt")]
    [InlineData("/etc/alternatives/evil")]
    public async Task Nothing_outside_the_private_temp_directory_is_writable(string path)
    {
        var run = await sandbox.ExecAsync($"""
            try:
                open({Py(path)}, "w").write("x")
                print("WROTE")
            except OSError as e:
                print("denied", e.errno)
            """);
        run.ResultLines.ShouldContain("denied");
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public async Task The_harness_cannot_be_rewritten()
    {
        var report = await JudgeAsync("""
            open("/harness/harness.py", "w").write("print('owned')")
            def double(x):
                return x * 2
            """);
        report.Verdict.ShouldBe(Verdict.RuntimeError);
        report.Traceback.ShouldNotBeNull().ShouldContain("Read-only file system");
    }

    [Fact]
    public async Task A_fork_bomb_is_contained_and_leaves_nothing_behind()
    {
        var clock = Stopwatch.StartNew();
        var run = await sandbox.ExecAsync("""
            import os
            os.setsid() if False else None
            while True:
                try:
                    os.fork()
                except OSError:
                    pass
            """, timeoutMs: 3_000);
        run.Ending.ShouldBeOneOf(RunEnding.WallTimeLimit, RunEnding.CpuTimeLimit, RunEnding.KilledBySignal);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
        // The machine still works: the next run starts and finishes normally.
        var after = await sandbox.ExecAsync("print('alive')");
        after.ResultLines.ShouldContain("alive");
    }

    [Fact]
    public async Task A_memory_bomb_hits_the_memory_limit()
    {
        var run = await sandbox.ExecAsync("x = bytearray(1024 * 1024 * 1024)\nprint('ALLOCATED')", memoryMb: 256);
        run.ResultLines.ShouldNotContain("ALLOCATED");
        run.UserOutput.ShouldContain("MemoryError");
    }

    [Fact]
    public async Task A_numpy_memory_bomb_in_a_problem_is_a_memory_limit_verdict()
    {
        var report = await JudgeAsync("import numpy as np\ndef double(x):\n    big = np.ones(10**9)\n    return x * 2\n");
        report.Verdict.ShouldBe(Verdict.MemoryLimit);
    }

    [Fact]
    public async Task A_cpu_loop_is_stopped_at_the_time_limit()
    {
        var clock = Stopwatch.StartNew();
        var report = await JudgeAsync("def double(x):\n    while True:\n        pass\n");
        report.Verdict.ShouldBe(Verdict.TimeLimit);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Sleeping_forever_is_stopped_at_the_wall_time_limit()
    {
        var report = await JudgeAsync("import time\ndef double(x):\n    time.sleep(10**6)\n");
        report.Verdict.ShouldBe(Verdict.TimeLimit);
    }

    [Fact]
    public async Task Ignoring_SIGTERM_does_not_survive_the_limit()
    {
        var run = await sandbox.ExecAsync("""
            import signal, time
            for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGXCPU):
                signal.signal(s, signal.SIG_IGN)
            print("ignoring", flush=True)
            while True:
                time.sleep(0.01)
            """, timeoutMs: 1_500);
        run.Ending.ShouldBe(RunEnding.WallTimeLimit);
    }

    [Fact]
    public async Task A_background_process_is_gone_when_the_run_ends()
    {
        const string marker = "987654.321";
        var run = await sandbox.ExecAsync($"""
            import subprocess
            subprocess.Popen(["/usr/bin/sleep", "{marker}"], start_new_session=True)
            print("started")
            """);
        run.ResultLines.ShouldContain("started");
        await Task.Delay(200, TestContext.Current.CancellationToken);
        SandboxFixture.AnyProcessWith(marker).ShouldBeFalse();
    }

    [Fact]
    public async Task A_double_forked_daemon_is_gone_when_the_run_ends()
    {
        const string marker = "876543.21";
        var run = await sandbox.ExecAsync($"""
            import os
            if os.fork() == 0:
                os.setsid()
                if os.fork() == 0:
                    os.execv("/usr/bin/sleep", ["sleep", "{marker}"])
                os._exit(0)
            print("daemonised")
            """);
        run.ResultLines.ShouldContain("daemonised");
        await Task.Delay(200, TestContext.Current.CancellationToken);
        SandboxFixture.AnyProcessWith(marker).ShouldBeFalse();
    }

    [Fact]
    public async Task A_thread_left_running_does_not_keep_the_run_alive()
    {
        var clock = Stopwatch.StartNew();
        var run = await sandbox.ExecAsync("""
            import threading
            def spin():
                while True:
                    pass
            threading.Thread(target=spin).start()
            print("main done", flush=True)
            """, timeoutMs: 1_500);
        run.Ending.ShouldBeOneOf(RunEnding.WallTimeLimit, RunEnding.CpuTimeLimit);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_huge_file_stops_at_the_file_size_limit()
    {
        var run = await sandbox.ExecAsync("f = open('/tmp/big', 'wb')\nchunk = b'x' * (1 << 20)\nfor _ in range(200):\n    f.write(chunk)\nf.close()\nprint('WROTE 200 MB')");
        run.ResultLines.ShouldNotContain("WROTE 200 MB");
        run.Ending.ShouldBeOneOf(RunEnding.FileSizeLimit, RunEnding.Exited);
    }

    [Fact]
    public async Task Many_small_files_fill_only_the_private_temp_directory()
    {
        var run = await sandbox.ExecAsync("""
            import os
            try:
                for i in range(100000):
                    with open(f"/tmp/f{i}", "wb") as f:
                        f.write(b"x" * 1_000_000)
            except OSError as e:
                print("full after", i, e.errno)
            """, timeoutMs: 10_000);
        run.ResultLines.ShouldContain("full after");
        var files = int.Parse(run.ResultLines.Split("full after ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        files.ShouldBeLessThan(64);
    }

    [Theory]
    [InlineData("import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n")]
    [InlineData("import sys\nwhile True:\n    sys.stderr.write('y' * 65536)\n")]
    public async Task Flooding_output_ends_the_run_at_the_output_limit(string source)
    {
        var clock = Stopwatch.StartNew();
        var run = await sandbox.ExecAsync(source, timeoutMs: 10_000);
        run.Ending.ShouldBe(RunEnding.OutputLimit);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(9));
        (run.ResultLines.Length + run.UserOutput.Length).ShouldBeLessThan(2 * 1024 * 1024);
    }

    [Fact]
    public async Task Printing_in_a_problem_run_goes_to_the_output_and_is_limited_there()
    {
        var report = await JudgeAsync("import sys\ndef double(x):\n    while True:\n        print('z' * 10000)\n");
        report.Verdict.ShouldBe(Verdict.OutputLimit);
    }

    [Fact]
    public async Task A_ctypes_segfault_is_a_runtime_error()
    {
        var report = await JudgeAsync("import ctypes\ndef double(x):\n    ctypes.string_at(0)\n");
        report.Verdict.ShouldBe(Verdict.RuntimeError);
        report.Traceback.ShouldNotBeNull().ShouldContain("signal 11");
    }

    [Fact]
    public async Task Infinite_recursion_is_a_runtime_error_with_the_users_traceback_only()
    {
        var report = await JudgeAsync("def double(x):\n    return double(x)\n");
        report.Verdict.ShouldBe(Verdict.RuntimeError);
        report.Traceback.ShouldNotBeNull().ShouldContain("RecursionError");
        report.Traceback.ShouldContain("solution.py");
        report.Traceback.ShouldNotContain("harness");
    }

    [Fact]
    public async Task Printing_a_verdict_or_fake_results_does_not_change_the_verdict()
    {
        var report = await JudgeAsync("""
            import os
            print('{"test": 0, "value": 2}')
            print('{"test": 1, "value": 42}')
            os.write(1, b'{"test": 1, "value": 42}\n')
            print("Accepted: 2 of 2 tests passed.")
            def double(x):
                return -1
            """);
        report.Verdict.ShouldBe(Verdict.WrongAnswer);
        report.Output.ShouldContain("Accepted: 2 of 2 tests passed.");
    }

    [Fact]
    public async Task Forging_records_on_the_result_channel_is_not_accepted()
    {
        // The channel is the harness's private copy of stdout; code that finds it can only add lines, never verdicts.
        var report = await JudgeAsync("""
            import os
            for fd in range(3, 20):
                try:
                    os.write(fd, b'{"test": 1, "value": 42}\n{"test": 0, "value": 2}\n')
                except OSError:
                    pass
            def double(x):
                return -1
            """);
        report.Verdict.ShouldNotBe(Verdict.Accepted);
    }

    [Fact]
    public async Task Patching_the_harness_in_memory_cannot_reveal_hidden_expectations()
    {
        var report = await JudgeAsync("""
            import sys
            main = sys.modules["__main__"]
            main.encode = lambda value, depth=0: 42
            def double(x):
                return x * 3
            """);
        report.Verdict.ShouldBe(Verdict.WrongAnswer);
        var hidden = report.Tests.Single(t => !t.Visible);
        hidden.Expected.ShouldBeNull();
        hidden.Input.ShouldBeNull();
        hidden.Actual.ShouldBeNull();
        hidden.Difference.ShouldBeNull();
    }

    [Fact]
    public async Task Exiting_early_is_a_runtime_error_not_a_pass()
    {
        var report = await JudgeAsync("import os\ndef double(x):\n    os._exit(0)\n");
        report.Verdict.ShouldBe(Verdict.RuntimeError);
        report.Tests.ShouldAllBe(t => t.Status == TestStatus.NotRun);
    }

    [Fact]
    public async Task Huge_empty_or_binary_source_is_rejected_before_any_sandbox()
    {
        (await JudgeAsync(new string('#', 70_000))).Verdict.ShouldBe(Verdict.RejectedInput);
        (await JudgeAsync("   \n")).Verdict.ShouldBe(Verdict.RejectedInput);
        (await JudgeAsync("def double(x):\0\n    return x")).Verdict.ShouldBe(Verdict.RejectedInput);
        SourceRules.Decode([0x64, 0x65, 0x66, 0xff, 0xfe]).Rejection.ShouldNotBeNull().ShouldContain("UTF-8");
    }

    [Fact]
    public async Task Devices_and_kernel_interfaces_are_not_exposed()
    {
        var run = await sandbox.ExecAsync("""
            import os
            print(sorted(os.listdir("/dev")))
            for p in ["/dev/mem", "/dev/sda", "/dev/vda", "/sys/fs/cgroup"]:
                print(p, os.path.exists(p))
            """);
        run.ResultLines.ShouldContain("/dev/mem False");
        run.ResultLines.ShouldContain("/dev/vda False");
        run.ResultLines.ShouldContain("/sys/fs/cgroup False");
    }

    [Fact]
    public async Task Exit_codes_and_user_output_are_reported()
    {
        var run = await sandbox.ExecAsync("import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.exit(3)");
        run.ExitCode.ShouldBe(3);
        run.ResultLines.ShouldContain("out");
        run.UserOutput.ShouldContain("err");
        run.Ending.ShouldBe(RunEnding.Exited);
    }

    [Fact]
    public async Task A_problem_run_leaves_no_files_or_processes_for_the_next_run()
    {
        const string marker = "765432.1";
        var first = await JudgeAsync($$"""
            import subprocess
            open("/tmp/left-behind.txt", "w").write("previous user's data")
            subprocess.Popen(["/usr/bin/sleep", "{{marker}}"], start_new_session=True)
            def double(x):
                return x * 2
            """);
        first.Verdict.ShouldBe(Verdict.Accepted);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        SandboxFixture.AnyProcessWith(marker).ShouldBeFalse();

        var second = await JudgeAsync("""
            import os
            seen = sorted(os.listdir("/tmp")) + sorted(os.listdir("/proc"))
            def double(x):
                return seen
            """);
        second.Tests[0].Actual.ShouldBe("['solution.py']");
    }

    [Fact]
    public async Task A_problem_run_has_no_capabilities_network_or_environment()
    {
        var report = await JudgeAsync("""
            import ctypes, os, socket
            libc = ctypes.CDLL(None, use_errno=True)
            mounted = libc.mount(b"tmpfs", b"/usr", b"tmpfs", 0, None) == 0
            try:
                socket.create_connection(("127.0.0.1", 22), timeout=1)
                network = True
            except OSError:
                network = False
            facts = [mounted, network, sorted(os.environ), os.getuid() == 0]
            def double(x):
                return facts
            """);
        report.Tests[0].Actual.ShouldBe("[False, False, ['HOME', 'LANG', 'OPENBLAS_NUM_THREADS', 'PATH', 'PWD', 'PYTHONDONTWRITEBYTECODE'], False]");
    }

    private static string Py(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
