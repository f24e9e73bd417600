-- What a Supabase database already has and supabase/migrations relies on, for a plain
-- PostgreSQL cluster in the tests (tests/support/team_server.rs applies it before the
-- migrations, as the superuser). Modelled on Supabase's own init scripts (supabase/postgres
-- migrations/db/init-scripts, supabase/auth migrations): the API roles PostgREST switches to,
-- the login role it connects as, the `auth` helpers reading the JWT claims PostgREST sets, and
-- the `extensions` schema. Nothing here is part of the product; a Supabase project has all of it.

-- The roles of Supabase's API gateway (initial schema): nologin, switched to by `authenticator`
-- after PostgREST verified the JWT; the service_role skips row-level security.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit;
  end if;
end
$$;
grant anon to authenticator;
grant authenticated to authenticator;
grant service_role to authenticator;

grant usage on schema public to anon, authenticated, service_role;

-- Supabase's default privileges: tables, sequences and functions in public are open to the API
-- roles, and row-level security decides which rows they reach.
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;

-- Extensions live in their own schema on Supabase.
create schema if not exists extensions;
grant usage on schema extensions to anon, authenticated, service_role;
alter default privileges in schema extensions grant all on tables to anon, authenticated, service_role;
alter default privileges in schema extensions grant all on functions to anon, authenticated, service_role;

-- The `auth` helpers as Supabase Auth defines them: the JWT claims PostgREST puts in
-- `request.jwt.claims` (and the older per-claim settings `request.jwt.claim.*`).
create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role;

create or replace function auth.uid()
returns uuid
language sql
stable
as $$
  select
  coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

create or replace function auth.role()
returns text
language sql
stable
as $$
  select
  coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

create or replace function auth.jwt()
returns jsonb
language sql
stable
as $$
  select
  coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

grant execute on function auth.uid(), auth.role(), auth.jwt() to anon, authenticated, service_role;
