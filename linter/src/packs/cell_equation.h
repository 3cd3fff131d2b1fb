#pragma once
// A relation between named values, as written in an `equation` rule:
//   "new + carried_over == handled_total + carried_forward"
//   "total == natural + commercial + research + public_interest + legal_services + other"
//   "handled_total == disclosed + partial + withheld_* + unable_* + not_processed_* + other_*"
// Terms are keys (a trailing `*` sums every key with that prefix), integer or
// decimal constants; operators + and -; relations ==, <=, >=, <, >, !=.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gklint {

class CellEquation {
public:
    enum class Relation { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

    struct Term {
        int sign = 1;
        std::string key;          // empty for a constant
        bool prefix = false;      // key ends with '*': every key starting with it
        double constant = 0;
    };

    // Throws std::invalid_argument with a message naming the position on bad syntax.
    static CellEquation parse(std::string_view text);

    // A key's value, or nullopt when the cell is missing or not a number.
    using Lookup = std::function<std::optional<double>(const std::string& key)>;

    struct Evaluation {
        bool assessable = false;  // every term had a value
        bool holds = true;
        double left = 0, right = 0;
        std::vector<std::string> missing;  // keys without a value
    };

    // `keys` lists every key that exists, in order, for expanding prefix terms.
    Evaluation evaluate(const std::vector<std::string>& keys, const Lookup& lookup, double tolerance) const;

    // The keys a prefix or plain term stands for, in `keys` order.
    std::vector<std::string> expand(const Term& term, const std::vector<std::string>& keys) const;

    const std::vector<Term>& left() const { return left_; }
    const std::vector<Term>& right() const { return right_; }
    Relation relation() const { return relation_; }
    const std::string& text() const { return text_; }

private:
    std::vector<Term> left_, right_;
    Relation relation_ = Relation::Equal;
    std::string text_;
};

std::string_view relation_symbol(CellEquation::Relation r);

}  // namespace gklint
