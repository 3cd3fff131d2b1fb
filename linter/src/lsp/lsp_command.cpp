#include "lsp/lsp_command.h"

#include <condition_variable>
#include <deque>
#include <istream>
#include <memory>
#include <mutex>
#include <ostream>
#include <thread>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/exit_codes.h"
#include "lsp/framing.h"
#include "lsp/server.h"

namespace gklint {
namespace {

// Frames read by the reader thread, waiting for the server.
struct FrameQueue {
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<lsp::Frame> frames;
    bool reader_done = false;
};

void read_frames(std::istream& in, const std::shared_ptr<FrameQueue>& queue) {
    for (;;) {
        lsp::Frame frame = lsp::read_frame(in);
        bool eof = frame.status == lsp::FrameStatus::Eof;
        {
            std::lock_guard lock(queue->mutex);
            queue->frames.push_back(std::move(frame));
            if (eof) queue->reader_done = true;
        }
        queue->ready.notify_one();
        if (eof) return;
    }
}

}  // namespace

int run_lsp_command(const LintOptions& options, std::istream& in, std::ostream& out, std::ostream& err) {
    auto send = [&out](const nlohmann::json& message) {
        out << lsp::frame_message(message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        out.flush();
    };
    lsp::Server server(options, send);
    std::string error;
    if (!server.start(error)) {
        err << error;
        return kExitFailure;
    }

    // std::cin is tied to std::cout: every read would flush the output from the
    // reader thread while the server writes it — a data race that duplicates messages.
    in.tie(nullptr);
    auto queue = std::make_shared<FrameQueue>();
    std::thread reader([&in, queue] { read_frames(in, queue); });
    bool input_ended = false;
    while (!server.exited() && !input_ended) {
        std::optional<lsp::Frame> frame;
        {
            std::unique_lock lock(queue->mutex);
            auto has_frame = [&] { return !queue->frames.empty(); };
            if (auto deadline = server.next_deadline()) queue->ready.wait_until(lock, *deadline, has_frame);
            else queue->ready.wait(lock, has_frame);
            if (!queue->frames.empty()) {
                frame = std::move(queue->frames.front());
                queue->frames.pop_front();
            }
        }
        if (frame && frame->status == lsp::FrameStatus::Eof) input_ended = true;
        else if (frame) server.handle_frame(*frame);
        server.run_due(lsp::Server::Clock::now());
    }
    // After `exit` the reader may still wait for input nobody will send.
    bool done;
    {
        std::lock_guard lock(queue->mutex);
        done = queue->reader_done;
    }
    if (done) reader.join();
    else reader.detach();
    return server.exit_code();
}

}  // namespace gklint
