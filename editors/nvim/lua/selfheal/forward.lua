--- Forwards the diagnostics of other sources (other servers, linters, anything that calls
--- `vim.diagnostic.set`) to selfheal with `selfheal/didChangeExternalDiagnostics`: Neovim puts
--- only the requesting client's own diagnostics into a codeAction request, and hovers carry none.
---
--- Per buffer, debounced, a full replacement each time, selfheal's own excluded, sent only when
--- the set changed. Columns are re-derived from `lnum`/`col` (bytes) into the offset encoding our
--- client negotiated: the original LSP ranges are in whatever encoding the other server chose.

local client_lib = require('selfheal.client')

local M = {}

local timers = {} --- @type table<integer, uv.uv_timer_t>
--- What was last sent: client id → bufnr → the encoded diagnostics.
local sent = {} --- @type table<integer, table<integer, string>>

--- A byte column of line `lnum` of `bufnr` in `encoding` units.
function M.column_in(bufnr, lnum, col, encoding)
  if encoding == 'utf-8' or col == 0 then
    return col
  end
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1]
  if not line then
    return col
  end
  return vim.str_utfindex(line, encoding, math.min(col, #line), false)
end

--- A `vim.diagnostic` entry as an LSP Diagnostic in `encoding`.
function M.to_lsp(bufnr, diagnostic, encoding)
  local lsp = vim.tbl_get(diagnostic, 'user_data', 'lsp') or {}
  local end_lnum = diagnostic.end_lnum or diagnostic.lnum
  local end_col = diagnostic.end_col or diagnostic.col
  return {
    range = {
      start = {
        line = diagnostic.lnum,
        character = M.column_in(bufnr, diagnostic.lnum, diagnostic.col, encoding),
      },
      ['end'] = {
        line = end_lnum,
        character = M.column_in(bufnr, end_lnum, end_col, encoding),
      },
    },
    severity = diagnostic.severity,
    code = diagnostic.code or lsp.code,
    codeDescription = lsp.codeDescription,
    source = diagnostic.source or lsp.source,
    message = diagnostic.message,
    tags = lsp.tags,
  }
end

--- The diagnostics of `bufnr` that are not selfheal's own.
function M.external_diagnostics(bufnr)
  local own = client_lib.namespaces()
  local external = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    if not own[diagnostic.namespace] and diagnostic.source ~= 'selfheal' then
      table.insert(external, diagnostic)
    end
  end
  table.sort(external, function(a, b)
    if a.lnum ~= b.lnum then
      return a.lnum < b.lnum
    end
    if a.col ~= b.col then
      return a.col < b.col
    end
    return a.message < b.message
  end)
  return external
end

--- Sends the buffer's external diagnostics to each selfheal client attached to it, if they
--- changed since the last time.
function M.forward_now(bufnr)
  if not vim.api.nvim_buf_is_valid(bufnr) then
    return
  end
  local clients = client_lib.clients(bufnr)
  if #clients == 0 then
    return
  end
  local external = M.external_diagnostics(bufnr)
  for _, client in ipairs(clients) do
    local diagnostics = {}
    for _, diagnostic in ipairs(external) do
      table.insert(diagnostics, M.to_lsp(bufnr, diagnostic, client.offset_encoding))
    end
    local encoded = vim.json.encode(diagnostics)
    sent[client.id] = sent[client.id] or {}
    if sent[client.id][bufnr] ~= encoded then
      sent[client.id][bufnr] = encoded
      client:notify('selfheal/didChangeExternalDiagnostics', {
        uri = vim.uri_from_bufnr(bufnr),
        version = vim.lsp.util.buf_versions[bufnr],
        origin = 'nvim',
        diagnostics = diagnostics,
      })
    end
  end
end

--- Forwards the buffer's diagnostics once `debounce_ms` passed without another change.
function M.schedule(bufnr, debounce_ms)
  local timer = timers[bufnr]
  if not timer then
    timer = assert(vim.uv.new_timer())
    timers[bufnr] = timer
  end
  timer:stop()
  timer:start(debounce_ms, 0, function()
    vim.schedule(function()
      M.forward_now(bufnr)
    end)
  end)
end

local function forget_buffer(bufnr)
  local timer = timers[bufnr]
  if timer then
    timer:stop()
    timer:close()
    timers[bufnr] = nil
  end
  for _, buffers in pairs(sent) do
    buffers[bufnr] = nil
  end
end

function M.setup(config)
  local group = vim.api.nvim_create_augroup('selfheal.forward', { clear = true })
  if not config.forward_diagnostics then
    return
  end
  vim.api.nvim_create_autocmd('DiagnosticChanged', {
    group = group,
    callback = function(args)
      if #client_lib.clients(args.buf) > 0 then
        M.schedule(args.buf, config.debounce_ms)
      end
    end,
  })
  -- A client that attaches to a buffer gets the diagnostics already there.
  vim.api.nvim_create_autocmd('LspAttach', {
    group = group,
    callback = function(args)
      local client = vim.lsp.get_client_by_id(args.data.client_id)
      if client and client.name == client_lib.name then
        if sent[client.id] then
          sent[client.id][args.buf] = nil
        end
        M.schedule(args.buf, config.debounce_ms)
      end
    end,
  })
  vim.api.nvim_create_autocmd('LspDetach', {
    group = group,
    callback = function(args)
      local buffers = sent[args.data.client_id]
      if buffers then
        buffers[args.buf] = nil
      end
    end,
  })
  vim.api.nvim_create_autocmd({ 'BufWipeout', 'BufUnload' }, {
    group = group,
    callback = function(args)
      forget_buffer(args.buf)
    end,
  })
end

return M
