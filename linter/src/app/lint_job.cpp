#include "app/lint_job.h"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "app/input_reading.h"
#include "model/analysis.h"

namespace gklint {

LintOutcome lint_one(LintJob& job, const LintOptions& options) {
    LintOutcome outcome;
    try {
        std::string bytes = job.from_stdin ? std::move(job.stdin_bytes) : read_bytes(job.path, options.max_file_size);
        if (bytes.size() > options.max_file_size)
            throw InputError(fmt::format("input is too large ({} bytes; the limit is {} bytes)", bytes.size(),
                                         options.max_file_size),
                             options.max_file_size);
        outcome.document = read_document(job.path, std::move(bytes), reader_options(options, job.templates));
    } catch (const InputError& e) {
        outcome.error = e.what();
        return outcome;
    }
    // Last year's report is read for each file: the files of one lint may differ in
    // format, and a report is small beside the rules run on it.
    std::unique_ptr<Document> last_document;
    std::optional<Analysis> last;
    if (!options.previous.empty()) {
        try {
            last_document = read_document(options.previous, read_bytes(options.previous, options.max_file_size),
                                          reader_options(options, job.templates));
        } catch (const InputError& e) {
            outcome.error = fmt::format("--previous {}: {}", options.previous, e.what());
            return outcome;
        }
        last.emplace(*last_document, job.templates);
    }
    Analysis analysis(*outcome.document, job.templates);
    if (last) analysis.set_previous(&*last);
    auto all = run_rules(analysis, *job.rules, options.language, options.timings);
    for (auto& d : all)
        if (d.severity >= options.min_severity) outcome.diagnostics.push_back(std::move(d));
    return outcome;
}

void lint_in_order(std::vector<LintJob>& jobs, const LintOptions& options,
                   const std::function<void(std::size_t, LintOutcome&&)>& deliver) {
    unsigned threads = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, jobs.size()));
    if (threads <= 1) {
        for (std::size_t i = 0; i < jobs.size(); ++i) deliver(i, lint_one(jobs[i], options));
        return;
    }
    const std::size_t window = 4 * static_cast<std::size_t>(threads);
    std::mutex mutex;
    std::condition_variable changed;
    std::map<std::size_t, LintOutcome> done;  // finished, not yet delivered
    std::size_t next = 0, delivered = 0;
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (;;) {
                std::size_t i;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return next >= jobs.size() || next < delivered + window; });
                    if (next >= jobs.size()) return;
                    i = next++;
                }
                LintOutcome outcome = lint_one(jobs[i], options);
                std::lock_guard lock(mutex);
                done.emplace(i, std::move(outcome));
                changed.notify_all();
            }
        });
    while (delivered < jobs.size()) {
        LintOutcome outcome;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return done.count(delivered) > 0; });
            auto found = done.find(delivered);
            outcome = std::move(found->second);
            done.erase(found);
        }
        deliver(delivered, std::move(outcome));
        std::lock_guard lock(mutex);
        ++delivered;
        changed.notify_all();
    }
    for (auto& th : pool) th.join();
}

std::vector<LintOutcome> lint_all(std::vector<LintJob>& jobs, const LintOptions& options) {
    std::vector<LintOutcome> outcomes(jobs.size());
    lint_in_order(jobs, options, [&](std::size_t i, LintOutcome&& outcome) { outcomes[i] = std::move(outcome); });
    return outcomes;
}

}  // namespace gklint
