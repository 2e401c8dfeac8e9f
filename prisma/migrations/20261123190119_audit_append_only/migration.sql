-- The audit trail is append-only: rows may be inserted, never changed or removed. Enforced in the
-- database so that no code path (a bug, a raw query, a console session) can rewrite history.
-- Dropping the table or the database (tests, `migrate reset`) is still possible.

CREATE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed (审计日志只能追加，不能修改或删除)', TG_OP
    USING HINT = 'Write a new AuditEvent row instead of changing an existing one.';
END;
$$;

-- Row level for UPDATE and DELETE (FOR EACH ROW also covers multi-row statements).
CREATE TRIGGER "AuditEvent_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

-- TRUNCATE bypasses row triggers, so it gets its own statement-level trigger.
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
