#include "audit/audit_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
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
#include "audit/alias_file.h"
#include "audit/dashboard.h"
#include "audit/manifest.h"
#include "audit/csv_export.h"
#include "core/rule_set_cache.h"
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

// Records from the workers to the one writer; bounded, so that memory stays flat
// whatever the number of reports.
// A comparison with last year's report made while linting (phase 2).
struct CrossYearRecord {
    std::string path, previous_path, pair_hash;
    std::vector<AuditFinding> findings;
};

// What the writer stores: a linted report, or a comparison of one already sent.
struct WriterItem {
    std::optional<AuditReport> report;
    std::optional<CrossYearRecord> cross_year;
};

class RecordQueue {
public:
    explicit RecordQueue(std::size_t capacity) : capacity_(capacity) {}
    void push(WriterItem r) {
        std::unique_lock lock(mutex_);
        not_full_.wait(lock, [&] { return items_.size() < capacity_; });
        items_.push_back(std::move(r));
        not_empty_.notify_one();
    }
    // nullopt once every producer is done and the queue is empty.
    std::optional<WriterItem> pop() {
        std::unique_lock lock(mutex_);
        not_empty_.wait(lock, [&] { return !items_.empty() || producers_ == 0; });
        if (items_.empty()) return std::nullopt;
        WriterItem r = std::move(items_.front());
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
    std::deque<WriterItem> items_;
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

// The reports the workers linted last, kept for the next year's report of the same
// agency: files listed in name order often put an agency's years side by side.
struct ReportIdentity {
    std::string agency_key;
    int year = 0;
    std::string input_kind, content_hash;
};

struct RecentReport {
    std::unique_ptr<Document> document;
    std::unique_ptr<Analysis> analysis;
    ReportIdentity identity;
    const std::vector<EnabledRule>* cross_year_rules = nullptr;
    mutable std::atomic<bool> compared{false};  // with last year's report, by one worker
};

class RecentReports {
public:
    explicit RecentReports(std::size_t capacity) : capacity_(capacity) {}

    void add(std::shared_ptr<const RecentReport> report) {
        if (report->identity.agency_key.empty() || report->identity.year == 0) return;
        std::lock_guard lock(mutex_);
        items_.push_back(std::move(report));
        if (items_.size() > capacity_) items_.pop_front();
    }
    // The report of the same agency `years` after (−1: last year's), of the same input
    // kind when there is one.
    std::shared_ptr<const RecentReport> of_year(const ReportIdentity& id, int years) const {
        if (id.agency_key.empty() || id.year == 0) return nullptr;
        std::lock_guard lock(mutex_);
        std::shared_ptr<const RecentReport> found;
        for (const auto& r : items_)
            if (r->identity.agency_key == id.agency_key && r->identity.year == id.year + years &&
                (!found || r->identity.input_kind == id.input_kind))
                found = r;
        return found;
    }

private:
    std::size_t capacity_;
    std::deque<std::shared_ptr<const RecentReport>> items_;
    mutable std::mutex mutex_;
};

// What the manifest says of a file overrides what its title and signature say.
void apply_manifest(const ManifestEntry& m, const AgencyAliases& aliases, AuditReport& r) {
    if (!m.agency.empty()) {
        r.agency = m.agency;
        r.agency_key = agency_key(m.agency, aliases);
        r.level = agency_level(m.agency);
    }
    if (!m.level.empty()) r.level = m.level;
    if (!m.region_code.empty()) r.region_code = m.region_code;
    if (!m.parent_region.empty()) r.parent_region = m.parent_region;
    if (!m.url.empty()) r.url = m.url;
    if (m.year) r.year = m.year;
}

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

    // Files share their rule set (one or a few per audit): 10,000 copies of every
    // rule's options would be most of the audit's memory.
    struct Rules {
        std::vector<EnabledRule> lint, cross_year;  // the rules of category cross-year/ apart
    };
    using RuleSet = std::shared_ptr<const Rules>;
    struct Job {
        std::string path;
        RuleSet rules;
    };
    std::vector<Job> jobs;
    std::vector<RuleSet> rule_sets;
    try {
        auto accepts = [&](const std::string& path) { return engine->configs->for_file(path).accepts(path); };
        DiscoveredFiles found = discover_files(audit.paths, accepts);
        for (const auto& missing : found.missing)
            fmt::print(err, "gklint: error: {}: no such file or directory\n", missing);
        for (auto& file : found.files) {
            auto rules = rules_for_file(*engine, file, err);
            Rules split;
            for (auto& rule : rules)
                (is_cross_year_rule(rule.rule->meta().id) ? split.cross_year : split.lint).push_back(std::move(rule));
            auto shared = std::find_if(rule_sets.begin(), rule_sets.end(), [&](const RuleSet& s) {
                return same_rules(s->lint, split.lint) && same_rules(s->cross_year, split.cross_year);
            });
            if (shared == rule_sets.end())
                shared = rule_sets.insert(rule_sets.end(), std::make_shared<const Rules>(std::move(split)));
            jobs.push_back({file, *shared});
        }
    } catch (const std::exception& e) {
        print_failure(err, e);
        return kExitFailure;
    }

    const std::string fingerprint = rules_fingerprint(*engine);
    const std::string language = lint.language == Language::En ? "en" : "zh";
    std::int64_t run = store->begin_run(GKLINT_VERSION, fingerprint, language);
    const ReadOptions read_options = reader_options(lint, &engine->templates);
    AgencyAliases aliases;
    std::optional<Manifest> manifest;
    try {
        std::string defaults = engine->paths.config_dir + "/agency-aliases.yaml";
        if (std::filesystem::exists(defaults)) load_agency_aliases(defaults, aliases);
        for (const auto& file : audit.aliases) load_agency_aliases(file, aliases);
        if (!audit.manifest.empty()) manifest.emplace(audit.manifest);
    } catch (const std::exception& e) {
        fmt::print(err, "gklint: error: {}\n", e.what());
        return kExitFailure;
    }


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

    RecentReports recent(8 * threads);
    // The cross-year rules on a report and last year's, both linted: their models are built.
    auto compare = [&](const RecentReport& now, const RecentReport& last) {
        if (now.compared.exchange(true)) return;
        now.analysis->set_previous(last.analysis.get());
        auto diagnostics = run_rules(*now.analysis, *now.cross_year_rules, lint.language);
        now.analysis->set_previous(nullptr);
        CrossYearRecord c{now.document->path(), last.document->path(),
                          cross_year_pair_hash(now.identity.content_hash, last.identity.content_hash, fingerprint),
                          audit_findings(*now.document, diagnostics, lint.language, "cross-year")};
        queue.push({std::nullopt, std::move(c)});
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (std::size_t i; !g_interrupted && (i = next.fetch_add(1)) < jobs.size();) {
                const Job& job = jobs[i];
                std::string error;
                std::optional<std::string> bytes;
                try {
                    bytes = read_bytes(job.path, lint.max_file_size);
                } catch (const InputError& e) {
                    error = e.what();
                }
                AuditReport r;
                if (bytes) {
                    std::string hash = content_hash(*bytes);
                    auto known = current.find(job.path);
                    if (known != current.end() && known->second == hash) {
                        ++skipped;
                        continue;
                    }
                    try {
                        auto linted = std::make_shared<RecentReport>();
                        linted->document = read_document(job.path, std::move(*bytes), read_options);
                        linted->analysis = std::make_unique<Analysis>(*linted->document, &engine->templates);
                        linted->cross_year_rules = &job.rules->cross_year;
                        r = audit_identity(*linted->analysis, hash, fingerprint, aliases);
                        if (manifest)
                            if (const ManifestEntry* m = manifest->find(job.path)) apply_manifest(*m, aliases, r);
                        linted->identity = {r.agency_key, r.year.value_or(0), r.input_kind, hash};
                        auto diagnostics = run_rules(*linted->analysis, job.rules->lint, lint.language);
                        add_audit_contents(*linted->analysis, diagnostics, lint.language, r);
                        bool report = r.parse_status != "not-a-report";
                        queue.push({std::move(r), std::nullopt});  // before its comparisons
                        if (!report) continue;
                        recent.add(linted);
                        // Compared now with last year's report, and next year's with it,
                        // when the other was linted a moment ago: files in name order often
                        // put an agency's years side by side, and phase 3 then need not read
                        // both again.
                        if (auto last = recent.of_year(linted->identity, -1)) compare(*linted, *last);
                        if (auto next = recent.of_year(linted->identity, +1)) compare(*next, *linted);
                        continue;
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
                queue.push({std::move(r), std::nullopt});
            }
            queue.producer_done();
        });

    Progress progress{!audit.quiet, isatty(STDERR_FILENO) != 0, jobs.size()};
    std::size_t written = 0, errors = 0;
    bool store_failed = false;
    // Reports are committed in batches (whole reports only, so an interruption never
    // leaves half of one): a commit per report costs more than the report's rows.
    std::optional<SqliteTransaction> batch;
    std::size_t in_batch = 0;
    auto batch_started = std::chrono::steady_clock::now();
    while (auto record = queue.pop()) {
        if (store_failed) continue;  // drain, so that the workers can finish
        try {
            if (!batch) {
                batch.emplace(store->db());
                batch_started = std::chrono::steady_clock::now();
            }
            if (record->report) {
                for (const auto& f : record->report->findings) errors += f.severity == "error";
                store->put(*record->report, run);
            } else {
                store->put_cross_year(record->cross_year->path, record->cross_year->previous_path,
                                      record->cross_year->pair_hash, record->cross_year->findings);
            }
            if (++in_batch >= 256 || std::chrono::steady_clock::now() - batch_started > std::chrono::seconds(2)) {
                batch->commit();
                batch.reset();
                in_batch = 0;
            }
        } catch (const SqliteError& e) {
            fmt::print(err, "gklint: error: {}\n", e.what());
            batch.reset();
            store_failed = true;
            g_interrupted = true;
        }
        if (record->report) ++written;
        progress.update(err, written + skipped);
    }
    for (auto& th : pool) th.join();
    if (batch && !store_failed) {
        try {
            batch->commit();
        } catch (const SqliteError& e) {
            fmt::print(err, "gklint: error: {}\n", e.what());
            store_failed = true;
        }
    }
    batch.reset();
    progress.update(err, written + skipped, true);
    if (manifest)
        for (const auto& missing : manifest->unmatched())
            fmt::print(err, "gklint: warning: {}: listed in the manifest, not among the audited files\n", missing);
    auto lint_done = std::chrono::steady_clock::now();

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
    auto cross_year_done = std::chrono::steady_clock::now();
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
        auto seconds = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
        if (!audit.quiet)
            fmt::print(err, "gklint audit: 看板 {}/index.html（{:.1f} MB）；用时：审核 {:.1f} 秒，跨年度 {:.1f} 秒，看板 {:.1f} 秒\n",
                       audit.out_dir, static_cast<double>(size.bytes) / 1e6, seconds(progress.start, lint_done),
                       seconds(lint_done, cross_year_done), seconds(cross_year_done, std::chrono::steady_clock::now()));
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
