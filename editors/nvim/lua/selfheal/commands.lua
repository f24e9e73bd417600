--- The user commands (:SelfhealRun, :SelfhealExplain, :SelfhealStats, :SelfhealProposeFix,
--- :SelfhealCancel) and
--- the client side of `selfheal.runInTerminal`: a shell-command fix is shown, and runs in a
--- terminal only after the person says yes.

local client_lib = require('selfheal.client')

local M = {}

--- What a command showed last: { title = string, lines = string[] } (for tests and :messages).
M.last_shown = nil

local float_win = nil

--- Shows Markdown in a floating window (like a hover; enter it with <C-w>w to scroll), in place
--- of the one a previous command showed.
local function show_markdown(title, lines)
  M.last_shown = { title = title, lines = lines }
  if float_win and vim.api.nvim_win_is_valid(float_win) then
    vim.api.nvim_win_close(float_win, true)
  end
  local _, win = vim.lsp.util.open_floating_preview(lines, 'markdown', {
    border = 'rounded',
    title = title,
    focus = false,
    max_width = math.max(60, math.floor(vim.o.columns * 0.6)),
  })
  float_win = win
end

local function warn(message)
  vim.notify('selfheal: ' .. message, vim.log.levels.WARN)
end

local function with_client(callback)
  local client, reason = client_lib.get_or_start(nil, nil)
  if not client then
    warn(reason)
    return
  end
  callback(client)
end

--- The diagnostics under the cursor (any source), those covering the cursor column first.
local function diagnostics_at_cursor()
  local bufnr = vim.api.nvim_get_current_buf()
  local row, col = unpack(vim.api.nvim_win_get_cursor(0))
  local on_line = vim.diagnostic.get(bufnr, { lnum = row - 1 })
  table.sort(on_line, function(a, b)
    local a_covers = a.col <= col and col <= (a.end_col or a.col)
    local b_covers = b.col <= col and col <= (b.end_col or b.col)
    if a_covers ~= b_covers then
      return a_covers
    end
    return (a.severity or 4) < (b.severity or 4)
  end)
  return on_line
end

--- Explanations of `query` (an error code or message) from `selfheal.explain`.
local function explain_query(client, query)
  client_lib.execute(client, 'selfheal.explain', { query }, function(err, result)
    if err then
      warn(err.message)
      return
    end
    if not result or not result.known then
      vim.notify(('selfheal knows no pattern for %q'):format(query), vim.log.levels.INFO)
      return
    end
    local lines = {}
    for index, explanation in ipairs(result.explanations) do
      if index > 1 then
        vim.list_extend(lines, { '', '---', '' })
      end
      vim.list_extend(lines, vim.split(explanation, '\n', { plain = true }))
    end
    show_markdown('selfheal: ' .. query, lines)
  end)
end

--- :SelfhealExplain [CODE|TEXT]: with an argument, what selfheal knows about it; without, the
--- error under the cursor (the server's hover, which also knows forwarded diagnostics).
function M.explain(query)
  with_client(function(client)
    if query and query ~= '' then
      explain_query(client, query)
      return
    end
    local bufnr = vim.api.nvim_get_current_buf()
    local under = diagnostics_at_cursor()
    local attached = vim.tbl_contains(vim.lsp.get_clients({ bufnr = bufnr }), function(c)
      return c.id == client.id
    end, { predicate = true })
    if not attached then
      if under[1] then
        explain_query(client, under[1].message)
      else
        warn('no error under the cursor; give a code or a message: :SelfhealExplain E0425')
      end
      return
    end
    local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
    client:request('textDocument/hover', params, function(err, result)
      if not err and result and result.contents then
        local lines = vim.split(result.contents.value or '', '\n', { plain = true })
        show_markdown('selfheal', lines)
      elseif under[1] then
        explain_query(client, under[1].message)
      else
        warn('no error under the cursor; give a code or a message: :SelfhealExplain E0425')
      end
    end, bufnr)
  end)
end

--- The stats as lines of Markdown.
function M.stats_lines(stats)
  local lines = {
    '# selfheal on this machine',
    '',
    ('- errors seen: %d (%d distinct)'):format(stats.errors_seen or 0, stats.distinct_errors or 0),
    ('- fixes applied: %d (%d undone)'):format(stats.fixes_applied or 0, stats.fixes_undone or 0),
    ('- outcomes: %d succeeded, %d failed, %d reverted'):format(
      stats.successes or 0,
      stats.failures or 0,
      stats.reverts or 0
    ),
  }
  if type(stats.success_rate) == 'number' then
    table.insert(lines, ('- success rate: %.0f%%'):format(stats.success_rate * 100))
  end
  table.insert(lines, ('- patterns learned: %d'):format(stats.patterns_learned or 0))
  if type(stats.top_recurring) == 'table' and #stats.top_recurring > 0 then
    vim.list_extend(lines, { '', '## Recurring errors', '' })
    for _, error in ipairs(stats.top_recurring) do
      table.insert(lines, ('- %d× %s'):format(error.count, error.message))
    end
  end
  return lines
end

--- :SelfhealStats: what the local memory holds.
function M.stats()
  with_client(function(client)
    client_lib.execute(client, 'selfheal.stats', {}, function(err, result)
      if err then
        warn(err.message)
        return
      end
      show_markdown('selfheal stats', M.stats_lines(result or {}))
    end)
  end)
end

--- The error under the cursor as the LSP diagnostic the server knows: selfheal's own as it
--- published it, another source's as it is forwarded (columns in the client's encoding).
local function lsp_diagnostic(bufnr, diagnostic, client)
  local own = client_lib.namespaces()
  local original = vim.tbl_get(diagnostic, 'user_data', 'lsp')
  if own[diagnostic.namespace] and original then
    return original
  end
  return require('selfheal.forward').to_lsp(bufnr, diagnostic, client.offset_encoding)
end

--- :SelfhealProposeFix: asks selfheal's LLM provider for a fix of the error under the cursor.
--- The server shows progress, then sends the edit, which is shown as a diff and applied only
--- after a yes (`selfheal.proposal`); the outcome is said with vim.notify.
function M.propose_fix()
  with_client(function(client)
    local bufnr = vim.api.nvim_get_current_buf()
    local under = diagnostics_at_cursor()
    if not under[1] then
      warn('no error under the cursor: put the cursor on a diagnostic, then :SelfhealProposeFix')
      M.last_shown = { title = 'selfheal.proposeFix', lines = { 'no error under the cursor' } }
      return
    end
    local argument = {
      uri = vim.uri_from_bufnr(bufnr),
      version = vim.lsp.util.buf_versions[bufnr],
      diagnostic = lsp_diagnostic(bufnr, under[1], client),
    }
    vim.notify('selfheal: asking for a fix of: ' .. under[1].message, vim.log.levels.INFO)
    client_lib.execute(client, 'selfheal.proposeFix', { argument }, function(err, result)
      local proposal = require('selfheal.proposal')
      proposal.show_outcome(err, result)
      M.last_shown = { title = 'selfheal.proposeFix', lines = { proposal.last_outcome.message } }
    end, bufnr)
  end)
end

--- Runs a shell-command fix in a terminal split once the person confirms. `command.arguments`
--- is `{ command_line, { cwd, token } }` (see the server's `to_proto.rs`).
function M.run_in_terminal(command, ctx)
  local arguments = command.arguments or {}
  local command_line = arguments[1]
  local options = arguments[2] or {}
  if type(command_line) ~= 'string' or command_line == '' then
    warn('selfheal.runInTerminal without a command')
    return
  end
  local cwd = options.cwd
  if type(cwd) ~= 'string' or cwd == '' then
    cwd = vim.fn.getcwd()
  end
  local question = ('selfheal suggests running:\n\n    %s\n\nin %s'):format(command_line, cwd)
  if vim.fn.confirm(question, '&Run\n&Cancel', 2, 'Question') ~= 1 then
    vim.notify('selfheal: not run: ' .. command_line, vim.log.levels.INFO)
    return
  end
  vim.cmd('botright 12split')
  vim.cmd.enew()
  local bufnr = vim.api.nvim_get_current_buf()
  local client = ctx and ctx.client_id and vim.lsp.get_client_by_id(ctx.client_id)
  vim.fn.jobstart(command_line, {
    term = true,
    cwd = cwd,
    on_exit = function(_, code)
      vim.schedule(function()
        if not (client and not client:is_stopped()) then
          return
        end
        local lines = vim.api.nvim_buf_is_valid(bufnr)
            and vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
          or {}
        require('selfheal.run').capture(client, {
          origin = 'terminal',
          cwd = cwd,
          command_line = command_line,
          exit_code = code,
          output = table.concat(lines, '\n'),
          truncated = false,
        })
        if type(options.token) == 'string' then
          client_lib.execute(client, 'selfheal.recordOutcome', {
            { token = options.token, event = 'applied' },
          }, function() end)
        end
      end)
    end,
  })
  vim.cmd.startinsert()
end

--- The server's cancellable work in progress: client id → token key → token.
local cancellable = {}

--- Follows selfheal's `$/progress` (a proposal being asked, a task running): those it said can
--- be cancelled, until they end.
local function track_progress(event)
  local client = vim.lsp.get_client_by_id(event.data.client_id)
  local params = event.data.params or {}
  local value = params.value
  if not (client and client.name == client_lib.name and type(value) == 'table') then
    return
  end
  local key = vim.inspect(params.token)
  cancellable[client.id] = cancellable[client.id] or {}
  if value.kind == 'begin' and value.cancellable then
    cancellable[client.id][key] = params.token
  elseif value.kind == 'end' then
    cancellable[client.id][key] = nil
  end
end

--- How many of the server's cancellable works are in progress.
function M.in_progress()
  local count = 0
  for _, tokens in pairs(cancellable) do
    count = count + vim.tbl_count(tokens)
  end
  return count
end

--- :SelfhealCancel: stops what selfheal is working on (a fix being proposed, a task running).
function M.cancel()
  local sent = 0
  for client_id, tokens in pairs(cancellable) do
    local client = vim.lsp.get_client_by_id(client_id)
    for key, token in pairs(tokens) do
      if client and not client:is_stopped() then
        client:notify('window/workDoneProgress/cancel', { token = token })
        sent = sent + 1
      end
      tokens[key] = nil
    end
  end
  if sent == 0 then
    vim.notify('selfheal: nothing to cancel', vim.log.levels.INFO)
  end
  return sent
end

local function complete_tasks(lead)
  local config = require('selfheal').config or {}
  local names = vim.tbl_keys(config.task_commands or {})
  table.sort(names)
  return vim.tbl_filter(function(name)
    return vim.startswith(name, lead)
  end, names)
end

function M.setup(config)
  vim.lsp.commands['selfheal.runInTerminal'] = M.run_in_terminal
  vim.api.nvim_create_user_command('SelfhealRun', function(args)
    local command_line = args.args
    if command_line == '' then
      local names = complete_tasks('')
      if #names == 0 then
        warn('give a command (:SelfhealRun cargo build) or configure task_commands')
        return
      end
      vim.ui.select(names, { prompt = 'selfheal: run which task?' }, function(name)
        if name then
          require('selfheal.run').run(config.task_commands[name])
        end
      end)
      return
    end
    -- A configured task's name runs its command.
    command_line = config.task_commands[command_line] or command_line
    require('selfheal.run').run(command_line)
  end, {
    nargs = '*',
    complete = function(lead, line)
      local tasks = complete_tasks(lead)
      if line:match('^%s*SelfhealRun%s+%S*$') and #tasks > 0 then
        return tasks
      end
      return vim.fn.getcompletion(lead, 'shellcmd')
    end,
    desc = 'selfheal: run a command and recognise the errors it prints',
  })
  vim.api.nvim_create_user_command('SelfhealExplain', function(args)
    M.explain(args.args)
  end, { nargs = '*', desc = 'selfheal: explain the error under the cursor, or a code' })
  vim.api.nvim_create_user_command('SelfhealStats', M.stats, {
    nargs = 0,
    desc = 'selfheal: what the local memory holds',
  })
  vim.api.nvim_create_user_command('SelfhealProposeFix', M.propose_fix, {
    nargs = 0,
    desc = 'selfheal: propose a fix for the error under the cursor',
  })
  vim.api.nvim_create_user_command('SelfhealCancel', M.cancel, {
    nargs = 0,
    desc = 'selfheal: stop the fix being proposed or the task running',
  })
  vim.api.nvim_create_autocmd('LspProgress', {
    group = vim.api.nvim_create_augroup('selfheal.progress', { clear = true }),
    callback = track_progress,
  })
end

return M
