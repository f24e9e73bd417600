--- :SelfhealRun {cmd}: runs a command with `vim.system` in the current directory, streams its
--- output into a scratch buffer, then hands the output to selfheal (`selfheal/didCaptureOutput`),
--- which publishes diagnostics on the files it names; the quickfix list gets the errors it
--- recognised in that run.

local client_lib = require('selfheal.client')

local M = {}

--- The last run: { command_line, cwd, exit_code, output, truncated, done }.
M.last = nil

--- How long after handing over the output the quickfix list follows selfheal's diagnostics.
local QUICKFIX_FOLLOW_MS = 5000

local OUTPUT_BUFFER_NAME = 'selfheal://run'

local function output_buffer()
  local bufnr = vim.fn.bufnr(OUTPUT_BUFFER_NAME)
  if bufnr == -1 or not vim.api.nvim_buf_is_valid(bufnr) then
    bufnr = vim.api.nvim_create_buf(false, true)
    vim.api.nvim_buf_set_name(bufnr, OUTPUT_BUFFER_NAME)
    vim.bo[bufnr].bufhidden = 'hide'
    vim.bo[bufnr].filetype = 'selfheal-run'
  end
  return bufnr
end

local function show(bufnr)
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_buf(win) == bufnr then
      return win
    end
  end
  local previous = vim.api.nvim_get_current_win()
  vim.cmd('botright 12split')
  local win = vim.api.nvim_get_current_win()
  vim.api.nvim_win_set_buf(win, bufnr)
  vim.api.nvim_set_current_win(previous)
  return win
end

local function append(bufnr, lines)
  if not vim.api.nvim_buf_is_valid(bufnr) then
    return
  end
  vim.bo[bufnr].modifiable = true
  vim.api.nvim_buf_set_lines(bufnr, -1, -1, false, lines)
  vim.bo[bufnr].modifiable = false
  local count = vim.api.nvim_buf_line_count(bufnr)
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_buf(win) == bufnr then
      vim.api.nvim_win_set_cursor(win, { count, 0 })
    end
  end
end

--- Splits streamed chunks into whole lines (a stream's last partial line waits for the rest).
local function line_splitter(on_lines)
  local pending = ''
  return function(chunk)
    if chunk == nil then
      if pending ~= '' then
        on_lines({ pending })
        pending = ''
      end
      return
    end
    local text = pending .. chunk
    local lines = vim.split(text, '\n', { plain = true })
    pending = table.remove(lines)
    if #lines > 0 then
      on_lines(lines)
    end
  end
end

--- The diagnostics selfheal published for `command_line`, as quickfix items.
function M.quickfix_items(command_line)
  local items = {}
  for namespace in pairs(client_lib.namespaces()) do
    local diagnostics = vim.tbl_filter(function(diagnostic)
      return vim.tbl_get(diagnostic, 'user_data', 'lsp', 'data', 'commandLine') == command_line
    end, vim.diagnostic.get(nil, { namespace = namespace }))
    vim.list_extend(items, vim.diagnostic.toqflist(diagnostics))
  end
  table.sort(items, function(a, b)
    if a.bufnr ~= b.bufnr then
      return a.bufnr < b.bufnr
    end
    return a.lnum < b.lnum
  end)
  return items
end

--- Keeps the quickfix list in step with selfheal's diagnostics for a run for a little while.
local function follow_in_quickfix(run, config)
  local title = 'selfheal: ' .. run.command_line
  local opened = false
  local function refresh()
    -- A newer run follows its own command.
    if M.last ~= run then
      return
    end
    local items = M.quickfix_items(run.command_line)
    local current = vim.fn.getqflist({ title = 0 }).title
    local action = current == title and 'r' or ' '
    vim.fn.setqflist({}, action, { title = title, items = items })
    -- A clean run empties the list: close it if it is the one showing.
    if #items == 0 and action == 'r' and config.run.open_quickfix then
      vim.cmd('cclose')
      return
    end
    if #items > 0 and config.run.open_quickfix and not opened then
      opened = true
      local previous = vim.api.nvim_get_current_win()
      vim.cmd('botright copen 8')
      -- The quickfix window took its lines from the output window above it: give some back.
      local output = vim.fn.bufwinid(OUTPUT_BUFFER_NAME)
      if output ~= -1 then
        vim.api.nvim_win_set_height(output, 10)
      end
      vim.api.nvim_set_current_win(previous)
    end
  end
  local group = vim.api.nvim_create_augroup('selfheal.run.quickfix', { clear = true })
  vim.api.nvim_create_autocmd('DiagnosticChanged', {
    group = group,
    callback = function()
      vim.schedule(refresh)
    end,
  })
  vim.defer_fn(function()
    pcall(vim.api.nvim_del_augroup_by_id, group)
    refresh()
  end, QUICKFIX_FOLLOW_MS)
end

--- Hands a finished run's output to selfheal.
function M.capture(client, run)
  client:notify('selfheal/didCaptureOutput', {
    origin = run.origin or 'job',
    cwd = run.cwd,
    commandLine = run.command_line,
    exitCode = run.exit_code,
    output = run.output,
    truncated = run.truncated,
  })
end

--- Runs `command_line` in `cwd` (default: the current directory); `on_exit(run)` when done.
function M.run(command_line, opts)
  opts = opts or {}
  local config = require('selfheal').config
  if not config then
    vim.notify("selfheal is not set up: call require('selfheal').setup{}", vim.log.levels.ERROR)
    return
  end
  local cwd = opts.cwd or vim.fn.getcwd()
  local run = {
    command_line = command_line,
    cwd = cwd,
    output = '',
    truncated = false,
    done = false,
    started = vim.uv.hrtime(),
  }
  M.last = run
  local bufnr
  if config.run.output == 'split' then
    bufnr = output_buffer()
    vim.bo[bufnr].modifiable = true
    vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, { '$ ' .. command_line, '' })
    vim.bo[bufnr].modifiable = false
    show(bufnr)
  end
  local chunks, size = {}, 0
  local function on_lines(lines)
    local text = table.concat(lines, '\n') .. '\n'
    if size + #text > config.run.max_output_bytes then
      run.truncated = true
    else
      size = size + #text
      table.insert(chunks, text)
    end
    if bufnr then
      vim.schedule(function()
        append(bufnr, vim.tbl_map(function(line)
          return (line:gsub('\r$', ''))
        end, lines))
      end)
    end
  end
  local stdout = line_splitter(on_lines)
  local stderr = line_splitter(on_lines)
  local ok, started = pcall(
    vim.system,
    { vim.o.shell, vim.o.shellcmdflag, command_line },
    {
      cwd = cwd,
      text = true,
      stdout = function(_, data)
        stdout(data)
      end,
      stderr = function(_, data)
        stderr(data)
      end,
    },
    function(result)
      vim.schedule(function()
        run.exit_code = result.code
        run.output = table.concat(chunks)
        run.done = true
        local seconds = (vim.uv.hrtime() - run.started) / 1e9
        if bufnr then
          append(bufnr, { '', ('[exit %d, %.1f s]'):format(result.code, seconds) })
        end
        local client, reason = client_lib.get_or_start(nil, cwd)
        if client then
          follow_in_quickfix(run, config)
          M.capture(client, run)
        else
          vim.notify('selfheal: ' .. reason, vim.log.levels.WARN)
        end
        if opts.on_exit then
          opts.on_exit(run)
        end
      end)
    end
  )
  if not ok then
    local message = ('selfheal: cannot run `%s`: %s'):format(command_line, tostring(started))
    vim.notify(message, vim.log.levels.ERROR)
    return
  end
  run.process = started
  return run
end

return M
