#pragma once
// An error in a file gklint reads for itself (config, rule pack): file, line, column.
#include <cstddef>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

namespace gklint {

class LocatedError : public std::runtime_error {
public:
    // line and column are 1-based; 0 means unknown.
    LocatedError(std::string file, std::size_t line, std::size_t column, const std::string& message)
        : std::runtime_error(format(file, line, column, message)),
          file_(std::move(file)), line_(line), column_(column), message_(message) {}

    const std::string& file() const { return file_; }
    std::size_t line() const { return line_; }
    std::size_t column() const { return column_; }
    const std::string& message() const { return message_; }

private:
    static std::string format(const std::string& file, std::size_t line, std::size_t column,
                              const std::string& message) {
        if (line == 0) return fmt::format("{}: {}", file, message);
        if (column == 0) return fmt::format("{}:{}: {}", file, line, message);
        return fmt::format("{}:{}:{}: {}", file, line, column, message);
    }
    std::string file_;
    std::size_t line_, column_;
    std::string message_;
};

}  // namespace gklint
