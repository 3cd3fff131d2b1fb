#include "audit/audit_command.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/engine_setup.h"
#include "app/exit_codes.h"
#include "app/file_discovery.h"
#include "app/input_reading.h"
#include "audit/audit_record.h"
#include "audit/audit_store.h"
#include "audit/content_hash.h"
#include "audit/cross_year_phase.h"
#include "audit/dashboard.h"
#include "audit/csv_export.h"
#include "core/runner.h"
#include "model/analysis.h"

namespace gklint {
namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void on_interrupt(int) { g_interrupted.store(true); }

// What the rules are: a report audited under other rules is audited again.
std::string rules_fingerprint(const Engine& engine) {
    std::string all = GKLINT_VERSION;
    std::map<std::string, std::string> files;
    for (const auto& dir : {engine.paths.rules_dir, engine.paths.config_dir}) {
        std::error_code ec;
        for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec))
            if (e.is_regular_file()) {
                std::ifstream in(e.path(), std::ios::binary);
                files[e.path().string()] = std::string(std::istreambuf_iterator<char>(in), {});
            }
    }
    for (const auto& [path, bytes] : files) all += path + '\0' + content_hash(bytes) + '\0';
    return content_hash(all);
}

std::optional<std::string> read_file(const std::string& path, std::size_t limit, std::string& error) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        error = "cannot read file: " + ec.message();
        return std::nullopt;
    }
    if (size > limit) {
        error = fmt::format("file is too large ({} bytes; the limit is {} bytes)", size, limit);
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

// Records from the workers to the one writer; bounded, so that memory stays flat
// whatever the number of reports.
class RecordQueue {
public:
    explicit RecordQueue(std::size_t capacity) : capacity_(capacity) {}
    void push(AuditReport r) {
        std::unique_lock lock(mutex_);
        not_full_.wait(lock, [&] { return items_.size() < capacity_; });
        items_.push_back(std::move(r));
        not_empty_.notify_one();
    }
    // nullopt once every producer is done and the queue is empty.
    std::optional<AuditReport> pop() {
        std::unique_lock lock(mutex_);
        not_empty_.wait(lock, [&] { return !items_.empty() || producers_ == 0; });
        if (items_.empty()) return std::nullopt;
        AuditReport r = std::move(items_.front());
        items_.pop_front();
        not_full_.notify_one();
        return r;
    }
    void producers(std::size_t n) {
        std::lock_guard lock(mutex_);
        producers_ = n;
    }
    void producer_done() {
        std::lock_guard lock(mutex_);
        --producers_;
        not_empty_.notify_all();
    }

private:
    std::size_t capacity_, producers_ = 0;
    std::deque<AuditReport> items_;
    std::mutex mutex_;
    std::condition_variable not_empty_, not_full_;
};

struct Progress {
    bool enabled, terminal;
    std::size_t total;
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now(), last{};

    void update(std::ostream& err, std::size_t done, bool final = false) {
        if (!enabled) return;
        auto now = std::chrono::steady_clock::now();
        if (!final && now - last < (terminal ? std::chrono::milliseconds(200) : std::chrono::seconds(5))) return;
        last = now;
        double seconds = std::chrono::duration<double>(now - start).count();
        double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
        double left = rate > 0 ? static_cast<double>(total - done) / rate : 0;
        std::string line = fmt::format("已审核 {}/{} 份报告 · {:.0f} 份/秒 · 剩余 {}:{:02}", done, total, rate,
                                       static_cast<int>(left) / 60, static_cast<int>(left) % 60);
        if (terminal) fmt::print(err, "\r{}\x1b[K{}", line, final ? "\n" : "");
        else fmt::print(err, "{}\n", line);
        err.flush();
    }
};

}  // namespace

int run_audit(const AuditOptions& audit, const LintOptions& lint, std::ostream& /*out*/, std::ostream& err) {
    // From the start: Ctrl-C while the engine loads must not kill the process halfway
    // through creating the database either.
    g_interrupted = false;
    auto previous_handler = std::signal(SIGINT, on_interrupt);
    auto previous_term = std::signal(SIGTERM, on_interrupt);
    struct RestoreSignals {
        void (*sigint)(int);
        void (*sigterm)(int);
        ~RestoreSignals() {
            std::signal(SIGINT, sigint);
            std::signal(SIGTERM, sigterm);
        }
    } restore{previous_handler, previous_term};
    auto engine = make_engine({lint.config_file, lint.allow_plugins, lint.plugins}, err);
    if (!engine) return kExitFailure;
    std::error_code ec;
    std::filesystem::create_directories(audit.out_dir, ec);
    if (ec) {
        fmt::print(err, "gklint: error: {}: cannot create the output directory: {}\n", audit.out_dir, ec.message());
        return kExitFailure;
    }
    std::optional<AuditStore> store;
    try {
        store.emplace(audit.out_dir + "/gklint-audit.sqlite");
    } catch (const SqliteError& e) {
        fmt::print(err, "gklint: error: {}\n", e.what());
        return kExitFailure;
    }

    struct Job {
        std::string path;
        std::vector<EnabledRule> rules;
    };
    std::vector<Job> jobs;
    try {
        auto accepts = [&](const std::string& path) { return engine->configs->for_file(path).accepts(path); };
        DiscoveredFiles found = discover_files(audit.paths, accepts);
        for (const auto& missing : found.missing)
            fmt::print(err, "gklint: error: {}: no such file or directory\n", missing);
        for (auto& file : found.files) jobs.push_back({file, rules_for_file(*engine, file, err)});
    } catch (const std::exception& e) {
        print_failure(err, e);
        return kExitFailure;
    }

    const std::string fingerprint = rules_fingerprint(*engine);
    const std::string language = lint.language == Language::En ? "en" : "zh";
    std::int64_t run = store->begin_run(GKLINT_VERSION, fingerprint, language);
    const ReadOptions read_options = reader_options(lint, &engine->templates);
    const AgencyAliases aliases;


    RecordQueue queue(64);
    std::atomic<std::size_t> next{0}, skipped{0};
    unsigned threads = lint.jobs ? lint.jobs : std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, jobs.size())));
    queue.producers(threads);
    // Which files are already audited as they are: read once, before the workers start.
    auto current = [&] {
        std::map<std::string, std::string> out;
        auto s = store->db().prepare("SELECT path, content_hash FROM reports WHERE rules_fingerprint = ?1");
        s.bind(1, fingerprint);
        while (s.step()) out[s.column_text(0)] = s.column_text(1);
        return out;
    }();

    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (std::size_t i; !g_interrupted && (i = next.fetch_add(1)) < jobs.size();) {
                const Job& job = jobs[i];
                std::string error;
                auto bytes = read_file(job.path, lint.max_file_size, error);
                AuditReport r;
                if (bytes) {
                    std::string hash = content_hash(*bytes);
                    auto known = current.find(job.path);
                    if (known != current.end() && known->second == hash) {
                        ++skipped;
                        continue;
                    }
                    try {
                        auto doc = read_document(job.path, std::move(*bytes), read_options);
                        Analysis analysis(*doc, &engine->templates);
                        auto diagnostics = run_rules(analysis, job.rules, lint.language);
                        r = audit_record(analysis, diagnostics, hash, fingerprint, aliases, lint.language);
                    } catch (const InputError& e) {
                        error = e.what();
                    }
                    if (!error.empty()) r.content_hash = hash;
                }
                if (!error.empty()) {
                    r.path = job.path;
                    r.rules_fingerprint = fingerprint;
                    r.input_kind = "unknown";
                    r.parse_status = "unreadable";
                    AuditFinding f;
                    f.rule_id = "input/unreadable";
                    f.severity = "error";
                    f.message = error;
                    f.line = f.column = f.end_line = f.end_column = 1;
                    f.fingerprint = content_hash(error);
                    r.findings.push_back(std::move(f));
                }
                queue.push(std::move(r));
            }
            queue.producer_done();
        });

    Progress progress{!audit.quiet, isatty(STDERR_FILENO) != 0, jobs.size()};
    std::size_t written = 0, errors = 0;
    bool store_failed = false;
    while (auto record = queue.pop()) {
        if (store_failed) continue;  // drain, so that the workers can finish
        try {
            for (const auto& f : record->findings) errors += f.severity == "error";
            store->put(*record, run);
        } catch (const SqliteError& e) {
            fmt::print(err, "gklint: error: {}\n", e.what());
            store_failed = true;
            g_interrupted = true;
        }
        ++written;
        progress.update(err, written + skipped);
    }
    for (auto& th : pool) th.join();
    progress.update(err, written + skipped, true);

    // The same agency named with and without its parent region, over the whole audit.
    if (!store_failed) {
        std::vector<std::string> keys;
        auto distinct = store->db().prepare("SELECT DISTINCT agency_key FROM reports WHERE agency_key <> ''");
        while (distinct.step()) keys.push_back(distinct.column_text(0));
        auto relink = store->db().prepare("UPDATE reports SET agency_key = ?1 WHERE agency_key = ?2");
        for (const auto& [from, to] : link_parent_region_keys(keys)) relink.bind(1, to).bind(2, from).run();
    }
    // Each report beside last year's report of the same agency, over the whole database.
    CrossYearCounts cross_year;
    if (!store_failed && !g_interrupted) {
        try {
            cross_year = run_cross_year(*store, *engine, lint, fingerprint, g_interrupted, err);
        } catch (const SqliteError& e) {
            fmt::print(err, "gklint: error: {}\n", e.what());
            store_failed = true;
        }
    }
    const bool interrupted = g_interrupted && !store_failed;
    store->end_run(run, interrupted || store_failed ? "interrupted" : "complete");
    if (!audit.quiet) {
        fmt::print(err, "gklint audit: {} 份报告已写入 {}，{} 份未变未重审{}\n", written, audit.out_dir, skipped.load(),
                   interrupted ? "（已中断：再次运行将继续）" : "");
        fmt::print(err, "gklint audit: 跨年度核对：{} 份报告有上年度报告，本次核对 {} 份，发现 {} 项\n", cross_year.pairs,
                   cross_year.compared, cross_year.findings);
    }
    if (store_failed) return kExitFailure;
    if (interrupted) return 130;
    try {
        DashboardSize size = write_dashboard(*store, engine->templates, language, audit.out_dir + "/index.html");
        if (!audit.quiet)
            fmt::print(err, "gklint audit: 看板 {}/index.html（{:.1f} MB）\n", audit.out_dir,
                       static_cast<double>(size.bytes) / 1e6);
    } catch (const std::exception& e) {
        fmt::print(err, "gklint: error: cannot write the dashboard: {}\n", e.what());
        return kExitFailure;
    }
    if (audit.export_format == "csv") {
        try {
            std::size_t rows = export_csv(*store, audit.out_dir + "/csv");
            if (!audit.quiet) fmt::print(err, "gklint audit: {} 行写入 {}/csv\n", rows, audit.out_dir);
        } catch (const std::exception& e) {
            fmt::print(err, "gklint: error: {}\n", e.what());
            return kExitFailure;
        }
    }
    // As a lint of every report: an error-level finding anywhere in the audit (not dismissed).
    auto open_errors = store->db().prepare(
        "SELECT COUNT(*) FROM findings_with_status WHERE severity = 'error' AND status <> 'dismissed'");
    errors = open_errors.step() ? static_cast<std::size_t>(open_errors.column_int(0)) : errors;
    return errors > 0 ? kExitFindings : kExitClean;
}

}  // namespace gklint
