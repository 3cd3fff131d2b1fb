#include "audit/cross_year_phase.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/engine_setup.h"
#include "app/input_reading.h"
#include "audit/audit_record.h"
#include "audit/audit_store.h"
#include "audit/content_hash.h"
#include "audit/report_pairs.h"
#include "core/runner.h"
#include "model/analysis.h"

namespace gklint {
namespace {

struct Stored {
    std::string path, content_hash;
};

struct Step {
    std::int64_t report = 0, previous = 0;
    std::string hash;  // of both contents and the rules
};

// A report read for comparison, kept while it is the next report's last year.
struct Loaded {
    std::int64_t id = 0;
    std::unique_ptr<Document> document;
    std::unique_ptr<Analysis> analysis;
};

std::optional<Loaded> load(std::int64_t id, const std::string& path, const ReadOptions& options,
                           const TemplateSet& templates, std::size_t limit) {
    try {
        Loaded out;
        out.id = id;
        out.document = read_document(path, read_bytes(path, limit), options);
        out.analysis = std::make_unique<Analysis>(*out.document, &templates);
        return out;
    } catch (const InputError&) {
        return std::nullopt;  // gone since, or too large: phase 2 recorded why
    }
}

}  // namespace

std::string cross_year_pair_hash(const std::string& report_hash, const std::string& previous_hash,
                                 const std::string& rules_fingerprint) {
    return content_hash(report_hash + '\0' + previous_hash + '\0' + rules_fingerprint);
}

CrossYearCounts run_cross_year(AuditStore& store, Engine& engine, const LintOptions& lint,
                               const std::string& rules_fingerprint, const std::atomic<bool>& interrupted,
                               std::ostream& err) {
    CrossYearCounts counts;
    std::map<std::int64_t, Stored> stored;
    std::vector<PairableReport> pairable;
    auto rows = store.db().prepare(
        "SELECT id, path, content_hash, agency_key, input_kind, year FROM reports "
        "WHERE parse_status IN ('parsed', 'partial') AND agency_key <> '' AND year IS NOT NULL");
    while (rows.step()) {
        std::int64_t id = rows.column_int(0);
        stored[id] = {rows.column_text(1), rows.column_text(2)};
        pairable.push_back({id, rows.column_text(1), rows.column_text(3), rows.column_text(4),
                            static_cast<int>(rows.column_int(5))});
    }
    auto pairs = pair_reports(std::move(pairable));
    counts.pairs = pairs.size();

    // Comparisons that no longer have a pair are removed; the others are redone when stale.
    std::set<std::int64_t> paired;
    for (const auto& p : pairs) paired.insert(p.report);
    std::vector<std::int64_t> unpaired;
    auto old = store.db().prepare("SELECT report_id FROM cross_year_pairs");
    while (old.step())
        if (!paired.count(old.column_int(0))) unpaired.push_back(old.column_int(0));
    for (auto id : unpaired) store.put_cross_year(id, std::nullopt, {}, {});

    // Chains: an agency's stale pairs in year order (pair_reports gives that order).
    std::vector<std::vector<Step>> chains;
    std::int64_t last_report = -1;
    for (const auto& p : pairs) {
        std::string hash = cross_year_pair_hash(stored[p.report].content_hash, stored[p.previous].content_hash,
                                                rules_fingerprint);
        if (store.pair_hash(p.report) == hash) continue;
        if (chains.empty() || p.previous != last_report) chains.emplace_back();
        chains.back().push_back({p.report, p.previous, std::move(hash)});
        last_report = p.report;
    }
    if (chains.empty()) return counts;

    const ReadOptions read_options = reader_options(lint, &engine.templates);
    std::mutex engine_mutex, store_mutex;
    auto rules_for = [&](const std::string& path) {
        std::lock_guard lock(engine_mutex);  // the configuration cache is not thread-safe
        auto all = rules_for_file(engine, path, err);
        std::erase_if(all, [](const EnabledRule& r) { return !is_cross_year_rule(r.rule->meta().id); });
        return all;
    };
    std::atomic<std::size_t> next{0}, compared{0}, findings{0};
    unsigned threads = lint.jobs ? lint.jobs : std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, chains.size())));
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (std::size_t c; !interrupted && (c = next.fetch_add(1)) < chains.size();) {
                std::optional<Loaded> last;
                for (const Step& step : chains[c]) {
                    if (interrupted) break;
                    if (!last || last->id != step.previous)
                        last = load(step.previous, stored.at(step.previous).path, read_options, engine.templates,
                                    lint.max_file_size);
                    auto now = load(step.report, stored.at(step.report).path, read_options, engine.templates,
                                    lint.max_file_size);
                    if (!now || !last) {
                        last = std::move(now);
                        continue;
                    }
                    now->analysis->set_previous(last->analysis.get());
                    auto rules = rules_for(now->document->path());
                    auto diagnostics = run_rules(*now->analysis, rules, lint.language);
                    auto stored_findings = audit_findings(*now->document, diagnostics, lint.language, "cross-year");
                    now->analysis->set_previous(nullptr);
                    {
                        std::lock_guard lock(store_mutex);
                        store.put_cross_year(step.report, step.previous, step.hash, stored_findings);
                    }
                    ++compared;
                    findings += stored_findings.size();
                    last = std::move(now);
                }
            }
        });
    for (auto& th : pool) th.join();
    counts.compared = compared;
    counts.findings = findings;
    return counts;
}

}  // namespace gklint
