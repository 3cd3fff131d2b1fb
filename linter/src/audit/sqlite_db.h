#pragma once
// A thin RAII layer over the SQLite C API: a connection, prepared statements with
// bound parameters, transactions. Errors are thrown as SqliteError with SQLite's
// message and the statement that failed.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace gklint {

class SqliteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are 1-based, as in SQL ("?1").
    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind_null(int index);
    // Without a copy: `text` must stay as it is until the statement has run and every
    // parameter is bound again (for bulk inserts).
    SqliteStatement& bind_unowned(int index, std::string_view text);
    template <class T>
    SqliteStatement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }
    SqliteStatement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }

    // Steps once: true while a row is available.
    bool step();
    // Runs a statement that returns no rows, then makes it reusable.
    void run();
    void reset();

    std::int64_t column_int(int index) const;
    double column_double(int index) const;
    std::string column_text(int index) const;
    bool column_is_null(int index) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
    std::string sql_;
};

class SqliteDb {
public:
    explicit SqliteDb(const std::string& path);
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    void exec(std::string_view sql);
    SqliteStatement prepare(std::string_view sql) { return SqliteStatement(db_, sql); }
    sqlite3* raw() { return db_; }  // for statements kept by their owner
    std::int64_t last_insert_id() const;
    int user_version();
    void set_user_version(int version);

private:
    sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE … COMMIT; rolled back when destroyed without commit().
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDb& db);
    ~SqliteTransaction();
    void commit();

private:
    SqliteDb& db_;
    bool done_ = false;
};

}  // namespace gklint
