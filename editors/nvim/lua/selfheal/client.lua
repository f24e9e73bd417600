--- Finding the selfheal client for a buffer or a directory, and starting one (without a buffer)
--- when a command needs the server before any file was opened.

local M = {}

M.name = 'selfheal'

--- The running selfheal clients, those attached to `bufnr` when given.
function M.clients(bufnr)
  return vim.lsp.get_clients({ name = M.name, bufnr = bufnr })
end

--- The diagnostic namespaces our clients publish into (push and pull).
function M.namespaces()
  local namespaces = {}
  for _, client in ipairs(vim.lsp.get_clients({ name = M.name, _uninitialized = true })) do
    namespaces[vim.lsp.diagnostic.get_namespace(client.id, false)] = true
    namespaces[vim.lsp.diagnostic.get_namespace(client.id, true)] = true
  end
  return namespaces
end

local function contains(root, path)
  root = vim.fs.normalize(root)
  path = vim.fs.normalize(path)
  return path == root or vim.startswith(path, root:gsub('/$', '') .. '/')
end

--- The client whose workspace holds `dir`, the deepest root winning.
local function client_for_dir(dir)
  local best, best_length = nil, -1
  for _, client in ipairs(M.clients()) do
    local root = client.root_dir or (client.config and client.config.root_dir)
    if type(root) == 'string' and contains(root, dir) and #root > best_length then
      best, best_length = client, #root
    end
  end
  return best
end

--- The client for a command run from the current buffer in directory `dir`: the one attached to
--- the buffer, else the one whose workspace holds `dir`, else any. Starts one rooted at `dir`
--- when none runs (waiting up to `timeout_ms` for it to initialise). Returns nil and a reason
--- when there is none.
function M.get_or_start(bufnr, dir, timeout_ms)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  dir = dir or vim.fn.getcwd()
  local client = M.clients(bufnr)[1] or client_for_dir(dir) or M.clients()[1]
  if client then
    return client
  end
  local selfheal = require('selfheal')
  if not selfheal.config then
    return nil, "selfheal is not set up: call require('selfheal').setup{}"
  end
  local config = vim.deepcopy(vim.lsp.config[M.name])
  if not config then
    return nil, 'selfheal is not configured (was its binary found?)'
  end
  config.name = M.name
  config.root_dir = dir
  local id = vim.lsp.start(config, { attach = false })
  client = id and vim.lsp.get_client_by_id(id)
  if not client then
    return nil, 'the selfheal server did not start (see :checkhealth selfheal and :LspLog)'
  end
  vim.wait(timeout_ms or 10000, function()
    return client.initialized or client:is_stopped()
  end, 10)
  if not client.initialized then
    return nil, 'the selfheal server did not initialise (see :LspLog)'
  end
  return client
end

--- Runs a server command (`workspace/executeCommand`) and calls `on_result(err, result)`.
function M.execute(client, command, arguments, on_result, bufnr)
  client:request('workspace/executeCommand', {
    command = command,
    arguments = arguments or {},
  }, function(err, result)
    on_result(err, result)
  end, bufnr)
end

return M
