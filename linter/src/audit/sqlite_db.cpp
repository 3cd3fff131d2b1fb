#include "audit/sqlite_db.h"

#include <sqlite3.h>

#include <fmt/format.h>

namespace gklint {
namespace {

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
    throw SqliteError(fmt::format("SQLite: {}: {}", what, db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql) : db_(db), sql_(sql) {
    if (sqlite3_prepare_v2(db_, sql_.data(), static_cast<int>(sql_.size()), &stmt_, nullptr) != SQLITE_OK)
        fail(db_, sql_);
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
    if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(db_, sql_);
    return *this;
}

SqliteStatement& SqliteStatement::bind_unowned(int index, std::string_view text) {
    if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC) != SQLITE_OK)
        fail(db_, sql_);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail(db_, sql_);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) fail(db_, sql_);
    return *this;
}

SqliteStatement& SqliteStatement::bind_null(int index) {
    if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_, sql_);
    return *this;
}

bool SqliteStatement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, sql_);
}

void SqliteStatement::run() {
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t SqliteStatement::column_int(int index) const { return sqlite3_column_int64(stmt_, index); }
double SqliteStatement::column_double(int index) const { return sqlite3_column_double(stmt_, index); }
bool SqliteStatement::column_is_null(int index) const { return sqlite3_column_type(stmt_, index) == SQLITE_NULL; }

std::string SqliteStatement::column_text(int index) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, index));
    return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index))) : std::string();
}

SqliteDb::SqliteDb(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        std::string message = fmt::format("SQLite: cannot open {}: {}", path, db_ ? sqlite3_errmsg(db_) : "out of memory");
        sqlite3_close(db_);
        throw SqliteError(message);
    }
    sqlite3_busy_timeout(db_, 5000);
}

SqliteDb::~SqliteDb() { sqlite3_close(db_); }

void SqliteDb::exec(std::string_view sql) {
    std::string s(sql);
    char* error = nullptr;
    if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = fmt::format("SQLite: {}", error ? error : "error");
        sqlite3_free(error);
        throw SqliteError(message);
    }
}

std::int64_t SqliteDb::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

int SqliteDb::user_version() {
    auto s = prepare("PRAGMA user_version");
    return s.step() ? static_cast<int>(s.column_int(0)) : 0;
}

void SqliteDb::set_user_version(int version) { exec(fmt::format("PRAGMA user_version = {}", version)); }

// Savepoints nest: a report written in one transaction inside a batch of reports.
SqliteTransaction::SqliteTransaction(SqliteDb& db) : db_(db) { db_.exec("SAVEPOINT gklint_tx"); }

SqliteTransaction::~SqliteTransaction() {
    if (done_) return;
    try {
        db_.exec("ROLLBACK TO gklint_tx; RELEASE gklint_tx");
    } catch (const SqliteError&) {
        // Nothing to roll back to: the connection is closing.
    }
}

void SqliteTransaction::commit() {
    db_.exec("RELEASE gklint_tx");
    done_ = true;
}

}  // namespace gklint
