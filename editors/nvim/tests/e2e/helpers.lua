--- Shared by the end-to-end cases, which `tests/nvim_e2e.rs` runs as
--- `nvim --headless --clean -l editors/nvim/tests/e2e/<case>.lua` in a temporary workspace, with
--- the real `selfheal` binary. Environment: SELFHEAL_E2E_PLUGIN (editors/nvim), SELFHEAL_E2E_BIN
--- (the binary), SELFHEAL_E2E_RESULT (a file this writes `ok` or `FAIL: …` to), SELFHEAL_HOME.
--- A case fails loudly: a message on stderr, `FAIL` in the result file, exit status 1.

local H = {}

H.plugin = assert(os.getenv('SELFHEAL_E2E_PLUGIN'), 'SELFHEAL_E2E_PLUGIN is not set')
H.bin = assert(os.getenv('SELFHEAL_E2E_BIN'), 'SELFHEAL_E2E_BIN is not set')
H.result_file = os.getenv('SELFHEAL_E2E_RESULT')
H.started = vim.uv.hrtime()

vim.opt.runtimepath:prepend(H.plugin)
-- No prompts that would wait for a key: the run is headless.
vim.o.more = false
vim.o.swapfile = false
-- Python's ftplugin would probe the python3 provider, a second of start-up per case.
vim.g.loaded_python3_provider = 0

function H.log(...)
  local parts = {}
  for _, value in ipairs({ ... }) do
    table.insert(parts, type(value) == 'string' and value or vim.inspect(value))
  end
  io.stderr:write(
    ('[%6.2f s] %s\n'):format((vim.uv.hrtime() - H.started) / 1e9, table.concat(parts, ' '))
  )
end

local function write_result(text)
  if H.result_file then
    local file = assert(io.open(H.result_file, 'w'))
    file:write(text)
    file:close()
  end
end

--- What the editor looks like now, for failure messages.
function H.state()
  local lines = {}
  for _, client in ipairs(vim.lsp.get_clients()) do
    table.insert(
      lines,
      ('client %d %s root=%s encoding=%s'):format(
        client.id,
        client.name,
        tostring(client.root_dir),
        client.offset_encoding
      )
    )
  end
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) or #vim.diagnostic.get(bufnr) > 0 then
      table.insert(lines, ('buffer %d %q:'):format(bufnr, vim.api.nvim_buf_get_name(bufnr)))
      for _, d in ipairs(vim.diagnostic.get(bufnr)) do
        table.insert(
          lines,
          ('  diagnostic ns=%d %d:%d %s: %s'):format(
            d.namespace,
            d.lnum,
            d.col,
            d.source,
            d.message
          )
        )
      end
    end
  end
  return table.concat(lines, '\n')
end

function H.fail(message)
  message = 'FAIL: ' .. message .. '\n--- editor state:\n' .. H.state()
  io.stderr:write(message .. '\n')
  write_result(message)
  os.exit(1)
end

function H.check(condition, message, ...)
  if not condition then
    local details = select('#', ...) > 0 and ('\n' .. vim.inspect({ ... })) or ''
    H.fail(message .. details)
  end
end

function H.equal(actual, expected, what)
  if not vim.deep_equal(actual, expected) then
    H.fail(('%s: expected %s, got %s'):format(what, vim.inspect(expected), vim.inspect(actual)))
  end
end

--- Waits up to `timeout_ms` for `condition()`; fails with `what` when it never holds.
function H.wait_for(what, timeout_ms, condition)
  local started = vim.uv.hrtime()
  local ok = vim.wait(timeout_ms, condition, 20)
  if not ok then
    H.fail(('timed out after %d ms waiting for %s'):format(timeout_ms, what))
  end
  H.log(('%s (%.0f ms)'):format(what, (vim.uv.hrtime() - started) / 1e6))
end

--- What `vim.notify` was given since `H.capture_notifications()`: { message, level }.
H.notified = {}

--- Keeps every `vim.notify` message in `H.notified` (and still shows it).
function H.capture_notifications()
  local notify = vim.notify
  vim.notify = function(message, level, opts)
    table.insert(H.notified, { message = message, level = level })
    return notify(message, level, opts)
  end
end

--- The first message notified that contains `text`.
function H.notified_containing(text)
  for _, entry in ipairs(H.notified) do
    if entry.message:find(text, 1, true) then
      return entry
    end
  end
end

--- `require('selfheal').setup` with the binary under test.
function H.setup(opts)
  require('selfheal').setup(vim.tbl_deep_extend('force', { cmd = H.bin }, opts or {}))
end

--- The selfheal client attached to `bufnr`, once it is.
function H.attached_client(bufnr)
  local client
  H.wait_for('selfheal attached to ' .. vim.api.nvim_buf_get_name(bufnr), 10000, function()
    client = vim.lsp.get_clients({ bufnr = bufnr, name = 'selfheal' })[1]
    return client ~= nil and client.initialized
  end)
  return client
end

--- The diagnostics selfheal itself published on `bufnr`.
function H.own_diagnostics(bufnr, client)
  local namespace = vim.lsp.diagnostic.get_namespace(client.id, false)
  return vim.diagnostic.get(bufnr, { namespace = namespace })
end

--- A request to `client` answered synchronously; fails on an error or a timeout.
function H.request(client, method, params, bufnr)
  local response, err = client:request_sync(method, params, 10000, bufnr)
  H.check(response ~= nil, method .. ' got no answer: ' .. tostring(err))
  H.check(response.err == nil, method .. ' failed', response.err)
  return response.result
end

--- Runs the case; any Lua error fails it with its traceback; success writes `ok`.
function H.run(name, case)
  H.log('case ' .. name .. ' on Neovim ' .. tostring(vim.version()))
  local ok, err = xpcall(case, debug.traceback)
  if not ok then
    H.fail('error in ' .. name .. ': ' .. tostring(err))
  end
  for _, client in ipairs(vim.lsp.get_clients()) do
    client:stop()
  end
  vim.wait(2000, function()
    return #vim.lsp.get_clients() == 0
  end, 20)
  H.log('case ' .. name .. ' passed')
  write_result('ok')
  os.exit(0)
end

return H
