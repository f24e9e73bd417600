--- Fixes proposed by an LLM ("Propose Fix"): the selfheal client's `workspace/applyEdit`
--- handler shows an edit whose change annotation needs confirmation as a unified diff in a
--- floating window and applies it only after a yes (refusing an edit made for an older version
--- of the buffer); every other edit is applied as Neovim always does. Also presents what
--- `selfheal.proposeFix` answered, whether :SelfhealProposeFix or a code action ran it.

local M = {}

--- The failure reason of a proposal the person said no to.
local DECLINED = 'declined by the user'

--- The diff shown last: { lines = string[], bufnr, win, title } (for tests).
M.last_preview = nil

--- What the last `selfheal.proposeFix` ended with: { ok = bool, message = string, result?, err? }.
M.last_outcome = nil

--- The confirmation annotations of `edit` (id → annotation) that need confirmation.
local function confirming_annotations(edit)
  local found = {}
  for id, annotation in pairs(edit.changeAnnotations or {}) do
    if type(annotation) == 'table' and annotation.needsConfirmation == true then
      found[id] = annotation
    end
  end
  return found
end

--- Whether any text edit of `edit` carries one of `annotations`.
local function uses_annotation(edit, annotations)
  local function annotated(text_edit)
    return text_edit.annotationId ~= nil and annotations[text_edit.annotationId] ~= nil
  end
  for _, change in ipairs(edit.documentChanges or {}) do
    if change.kind ~= nil then
      if change.annotationId ~= nil and annotations[change.annotationId] then
        return true
      end
    else
      for _, text_edit in ipairs(change.edits or {}) do
        if annotated(text_edit) then
          return true
        end
      end
    end
  end
  for _, text_edits in pairs(edit.changes or {}) do
    for _, text_edit in ipairs(text_edits) do
      if annotated(text_edit) then
        return true
      end
    end
  end
  return false
end

--- The edit's text edits grouped by file: { { uri, version?, edits } } in the edit's order.
local function text_document_edits(edit)
  local documents = {}
  if edit.documentChanges then
    for _, change in ipairs(edit.documentChanges) do
      if change.kind ~= nil then
        return nil, ('a proposal that would %s a file is not supported'):format(change.kind)
      end
      table.insert(documents, {
        uri = change.textDocument.uri,
        version = change.textDocument.version,
        edits = change.edits or {},
      })
    end
  else
    local uris = vim.tbl_keys(edit.changes or {})
    table.sort(uris)
    for _, uri in ipairs(uris) do
      table.insert(documents, { uri = uri, edits = edit.changes[uri] })
    end
  end
  return documents
end

--- Why the edit for `document` cannot be applied to its buffer now, or nil.
local function stale_reason(document)
  if type(document.version) ~= 'number' then
    return nil
  end
  local bufnr = vim.uri_to_bufnr(document.uri)
  local current = vim.api.nvim_buf_is_loaded(bufnr) and vim.lsp.util.buf_versions[bufnr] or nil
  if current == nil or current == document.version then
    return nil
  end
  return (
    'the document changed since the fix was proposed (%s is at version %d, the fix was made '
    .. 'for version %d): propose it again'
  ):format(
    vim.fn.fnamemodify(vim.uri_to_fname(document.uri), ':~:.'),
    current,
    document.version
  )
end

--- The refusal (an ApplyWorkspaceEditResult) when an edit of `documents` is for an older version
--- of its buffer; nil when all are current. (The server's answer to the command says it.)
local function refuse_stale(documents)
  for _, document in ipairs(documents) do
    local stale = stale_reason(document)
    if stale then
      return { applied = false, failureReason = stale }
    end
  end
end

--- The lines of the file `uri`: its buffer's when loaded, else the file's.
local function current_lines(uri)
  local bufnr = vim.uri_to_bufnr(uri)
  if vim.api.nvim_buf_is_loaded(bufnr) then
    return vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  end
  local path = vim.uri_to_fname(uri)
  if vim.fn.filereadable(path) == 1 then
    return vim.fn.readfile(path)
  end
  return {}
end

--- The lines after applying `edits` to `lines`, on a scratch copy.
local function edited_lines(lines, edits, encoding)
  local scratch = vim.api.nvim_create_buf(false, true)
  vim.bo[scratch].bufhidden = 'wipe'
  vim.api.nvim_buf_set_lines(scratch, 0, -1, false, lines)
  local ok, err = pcall(vim.lsp.util.apply_text_edits, edits, scratch, encoding)
  local result = vim.api.nvim_buf_get_lines(scratch, 0, -1, false)
  vim.api.nvim_buf_delete(scratch, { force = true })
  if not ok then
    error(err, 0)
  end
  return result
end

--- The unified diff of `documents` (what the edit would change) as lines.
function M.diff_lines(documents, encoding)
  local lines = {}
  for _, document in ipairs(documents) do
    local before = current_lines(document.uri)
    local after = edited_lines(before, document.edits, encoding)
    local name = vim.fn.fnamemodify(vim.uri_to_fname(document.uri), ':~:.')
    local hunks = vim.diff(
      table.concat(before, '\n') .. '\n',
      table.concat(after, '\n') .. '\n',
      { result_type = 'unified', ctxlen = 3 }
    ) --[[@as string]]
    if hunks ~= '' then
      vim.list_extend(lines, { '--- a/' .. name, '+++ b/' .. name })
      vim.list_extend(lines, vim.split(hunks:gsub('\n$', ''), '\n', { plain = true }))
    end
  end
  return lines
end

local preview_win = nil

local function close_preview()
  if preview_win and vim.api.nvim_win_is_valid(preview_win) then
    vim.api.nvim_win_close(preview_win, true)
  end
  preview_win = nil
end

--- Shows `lines` (a diff, after a header) in a floating window in the middle of the editor,
--- whatever the size of the window the cursor is in.
local function open_preview(title, header, diff)
  close_preview()
  local lines = vim.list_extend(vim.list_extend({}, header), diff)
  local bufnr = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, lines)
  vim.bo[bufnr].modifiable = false
  vim.bo[bufnr].bufhidden = 'wipe'
  vim.bo[bufnr].filetype = 'diff'
  local width = #title + 4
  for _, line in ipairs(lines) do
    width = math.max(width, vim.fn.strdisplaywidth(line))
  end
  local columns, rows = vim.o.columns, vim.o.lines - vim.o.cmdheight
  width = math.max(1, math.min(width + 1, columns - 4))
  local height = math.max(1, math.min(#lines, rows - 6))
  local win = vim.api.nvim_open_win(bufnr, false, {
    relative = 'editor',
    row = math.max(0, math.floor((rows - height) / 2) - 1),
    col = math.max(0, math.floor((columns - width) / 2)),
    width = width,
    height = height,
    style = 'minimal',
    border = 'rounded',
    title = ' ' .. title .. ' ',
    title_pos = 'center',
    zindex = 60,
  })
  vim.wo[win].wrap = false
  preview_win = win
  M.last_preview = { lines = lines, diff = diff, bufnr = bufnr, win = win, title = title }
  return win
end

--- The default question: Neovim's confirm() (the float stays above it).
function M.default_confirm(proposal, answer)
  vim.cmd.redraw()
  local choice = vim.fn.confirm(
    ('Apply the proposed fix "%s"?'):format(proposal.title),
    '&Apply\n&Cancel',
    2,
    'Question'
  )
  answer(choice == 1)
end

--- The function that asks (`setup{ confirm_proposal = function(proposal, answer) … end }`).
local function asker()
  local config = require('selfheal').config or {}
  return config.confirm_proposal or M.default_confirm
end

--- Calls `ask(proposal, answer)` and waits for the answer: yields when running in a coroutine
--- (the RPC layer runs server requests in one), else waits in the event loop.
local function ask_and_wait(ask, proposal)
  local done, yes = false, false
  local co = coroutine.running()
  local waiting = false
  local ok, err = pcall(ask, proposal, function(answer)
    if done then
      return
    end
    done, yes = true, answer == true
    if waiting then
      waiting = false
      vim.schedule(function()
        coroutine.resume(co)
      end)
    end
  end)
  if not ok then
    local message = 'selfheal: asking about the proposed fix failed: ' .. tostring(err)
    vim.notify(message, vim.log.levels.ERROR)
    return false
  end
  if not done then
    if co and coroutine.isyieldable() then
      waiting = true
      coroutine.yield()
    else
      vim.wait(10 * 60 * 1000, function()
        return done
      end, 50)
    end
  end
  return yes
end

--- `workspace/applyEdit` for an edit that needs confirmation. Returns the ApplyWorkspaceEditResult.
function M.confirm_and_apply(params, client)
  local edit = params.edit
  local annotations = confirming_annotations(edit)
  local documents, unsupported = text_document_edits(edit)
  if not documents then
    return { applied = false, failureReason = unsupported }
  end
  local refused = refuse_stale(documents)
  if refused then
    return refused
  end
  local ok, diff = pcall(M.diff_lines, documents, client.offset_encoding)
  if not ok then
    local reason = 'the edit does not fit the document: ' .. tostring(diff)
    return { applied = false, failureReason = reason }
  end
  local _, annotation = next(annotations)
  local title = annotation.label or params.label or 'selfheal: proposed fix'
  local header = { '# ' .. title }
  if annotation.description and annotation.description ~= '' then
    for _, line in ipairs(vim.split(annotation.description, '\n', { plain = true })) do
      table.insert(header, '# ' .. line)
    end
  end
  table.insert(header, '')
  local win = open_preview(params.label or title, header, diff)
  local proposal = {
    title = title,
    label = params.label,
    description = annotation.description,
    diff = diff,
    uris = vim.tbl_map(function(document)
      return document.uri
    end, documents),
    win = win,
  }
  local yes = ask_and_wait(asker(), proposal)
  close_preview()
  if not yes then
    return { applied = false, failureReason = DECLINED }
  end
  -- The buffer may have changed while the question was open.
  local refused = refuse_stale(documents)
  if refused then
    return refused
  end
  -- The person saw and accepted it: applied without the annotations' own confirmation.
  local plain = vim.deepcopy(edit)
  plain.changeAnnotations = nil
  local applied, err = pcall(vim.lsp.util.apply_workspace_edit, plain, client.offset_encoding)
  if not applied then
    return { applied = false, failureReason = tostring(err) }
  end
  return { applied = true }
end

--- The selfheal client's `workspace/applyEdit` handler.
function M.apply_edit_handler(err, params, ctx, config)
  local client = ctx and vim.lsp.get_client_by_id(ctx.client_id)
  if params and params.edit and client and next(confirming_annotations(params.edit)) then
    if uses_annotation(params.edit, confirming_annotations(params.edit)) then
      return M.confirm_and_apply(params, client)
    end
  end
  return vim.lsp.handlers['workspace/applyEdit'](err, params, ctx, config)
end

--- Where `:help selfheal-llm` says how to configure a provider.
M.configure_hint = 'see :help selfheal-llm to configure a provider'

--- Tells the person how `selfheal.proposeFix` ended (an error, declined, applied).
function M.show_outcome(err, result)
  if err then
    local reason = type(err.data) == 'table' and err.data.reason or nil
    local message = 'selfheal: ' .. (err.message or 'Propose Fix failed')
    local level = vim.log.levels.ERROR
    if reason == 'not-configured' then
      message = message .. ' (' .. M.configure_hint .. ')'
      level = vim.log.levels.WARN
    elseif reason == 'cancelled' or reason == 'excluded' or reason == 'stale' then
      level = vim.log.levels.WARN
    end
    M.last_outcome = { ok = false, message = message, err = err }
    vim.notify(message, level)
    return
  end
  result = result or {}
  local who = result.provider
      and (result.model and ('%s (%s)'):format(result.provider, result.model) or result.provider)
    or 'the LLM'
  local message
  if result.applied then
    message = (
      'selfheal: applied "%s", proposed by %s. Build or run again: once the error is gone, '
      .. 'selfheal learns the fix.'
    ):format(
      result.title or 'the fix',
      who
    )
  elseif result.declined then
    local title = result.title or 'the fix'
    local why = '.'
    if type(result.failureReason) == 'string' and result.failureReason ~= DECLINED then
      why = ': ' .. result.failureReason
    end
    message = ('selfheal: "%s" (proposed by %s) was not applied%s'):format(title, who, why)
  else
    message = ('selfheal: the fix proposed by %s was not applied.'):format(who)
  end
  M.last_outcome = { ok = true, message = message, result = result }
  vim.notify(message, vim.log.levels.INFO)
end

--- The selfheal client's `workspace/executeCommand` handler: presents `selfheal.proposeFix`
--- (a code action runs it without a callback of its own); other commands as Neovim does.
function M.execute_command_handler(err, result, ctx, config)
  local command = ctx and ctx.params and ctx.params.command
  if command == 'selfheal.proposeFix' then
    M.show_outcome(err, result)
    return
  end
  local default = vim.lsp.handlers['workspace/executeCommand']
  if default then
    return default(err, result, ctx, config)
  end
  if err then
    vim.notify(('selfheal: %s: %s'):format(command or 'command', err.message), vim.log.levels.ERROR)
  end
end

return M
