#include "packs/cell_equation.h"

#include <cctype>
#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

namespace gklint {
namespace {

bool is_key_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
}

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    std::vector<CellEquation::Term> side() {
        std::vector<CellEquation::Term> terms;
        int sign = 1;
        skip_space();
        if (peek() == '-') {
            sign = -1;
            ++pos_;
        }
        terms.push_back(term(sign));
        for (;;) {
            skip_space();
            char c = peek();
            if (c != '+' && c != '-') break;
            ++pos_;
            terms.push_back(term(c == '-' ? -1 : 1));
        }
        return terms;
    }

    CellEquation::Relation relation() {
        skip_space();
        auto two = text_.substr(pos_, 2);
        using R = CellEquation::Relation;
        if (two == "==") return advance(2, R::Equal);
        if (two == "!=") return advance(2, R::NotEqual);
        if (two == "<=") return advance(2, R::LessEqual);
        if (two == ">=") return advance(2, R::GreaterEqual);
        if (peek() == '<') return advance(1, R::Less);
        if (peek() == '>') return advance(1, R::Greater);
        if (peek() == '=') return advance(1, R::Equal);
        fail("expected a relation (==, !=, <=, >=, <, >)");
    }

    void end() {
        skip_space();
        if (pos_ != text_.size()) fail("unexpected text");
    }

private:
    CellEquation::Term term(int sign) {
        skip_space();
        CellEquation::Term t;
        t.sign = sign;
        std::size_t start = pos_;
        if (std::isdigit(static_cast<unsigned char>(peek()))) {
            while (pos_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '.')) ++pos_;
            try {
                t.constant = std::stod(std::string(text_.substr(start, pos_ - start)));
            } catch (const std::exception&) {
                fail("bad number");
            }
            return t;
        }
        while (pos_ < text_.size() && is_key_char(text_[pos_])) ++pos_;
        if (pos_ == start) fail("expected a key or a number");
        t.key = std::string(text_.substr(start, pos_ - start));
        if (peek() == '*') {
            t.prefix = true;
            ++pos_;
        }
        return t;
    }

    template <typename T>
    T advance(std::size_t n, T value) {
        pos_ += n;
        return value;
    }
    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
    void skip_space() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }
    [[noreturn]] void fail(const char* what) const {
        throw std::invalid_argument(fmt::format("{} at column {} of equation '{}'", what, pos_ + 1, text_));
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

bool compare(double l, double r, CellEquation::Relation rel, double tolerance) {
    using R = CellEquation::Relation;
    switch (rel) {
        case R::Equal: return std::fabs(l - r) <= tolerance;
        case R::NotEqual: return std::fabs(l - r) > tolerance;
        case R::Less: return l < r - tolerance;
        case R::LessEqual: return l <= r + tolerance;
        case R::Greater: return l > r + tolerance;
        case R::GreaterEqual: return l + tolerance >= r;
    }
    return true;
}

}  // namespace

std::string_view relation_symbol(CellEquation::Relation r) {
    using R = CellEquation::Relation;
    switch (r) {
        case R::Equal: return "=";
        case R::NotEqual: return "≠";
        case R::Less: return "<";
        case R::LessEqual: return "≤";
        case R::Greater: return ">";
        case R::GreaterEqual: return "≥";
    }
    return "=";
}

CellEquation CellEquation::parse(std::string_view text) {
    Parser p(text);
    CellEquation eq;
    eq.text_ = std::string(text);
    eq.left_ = p.side();
    eq.relation_ = p.relation();
    eq.right_ = p.side();
    p.end();
    return eq;
}

std::vector<std::string> CellEquation::expand(const Term& term, const std::vector<std::string>& keys) const {
    if (term.key.empty()) return {};
    if (!term.prefix) return {term.key};
    std::vector<std::string> out;
    for (const auto& k : keys)
        if (k.size() > term.key.size() && k.compare(0, term.key.size(), term.key) == 0) out.push_back(k);
    return out;
}

CellEquation::Evaluation CellEquation::evaluate(const std::vector<std::string>& keys, const Lookup& lookup,
                                                double tolerance) const {
    Evaluation ev;
    auto sum = [&](const std::vector<Term>& side) {
        double total = 0;
        for (const auto& t : side) {
            if (t.key.empty()) {
                total += t.sign * t.constant;
                continue;
            }
            for (const auto& k : expand(t, keys)) {
                auto v = lookup(k);
                if (!v) {
                    ev.missing.push_back(k);
                    continue;
                }
                total += t.sign * *v;
            }
        }
        return total;
    };
    ev.left = sum(left_);
    ev.right = sum(right_);
    ev.assessable = ev.missing.empty();
    ev.holds = !ev.assessable || compare(ev.left, ev.right, relation_, tolerance);
    return ev;
}

}  // namespace gklint
