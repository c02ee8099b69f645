// The phone pages' only script, inlined by the hub into pages with a registration form. It is a
// progressive enhancement: everything works without it. When the visitor ticks "remember me", the
// details they typed are kept in this phone's localStorage and filled in on the next form; unticking
// forgets them. Written in ES5 for the old WebViews many phones still carry.
;(function () {
  var KEY = 'jobhub.phone.me'
  var FIELDS = ['name', 'phone', 'gender', 'ageBand', 'township', 'wants']
  var form = document.querySelector('form[data-remember]')
  var store
  try {
    store = window.localStorage
    store.getItem(KEY)
  } catch (e) {
    return // No storage (some in-app browsers, private modes): the box stays hidden.
  }
  if (!form || !store) return
  var box = document.getElementById('remember-box')
  var tick = document.getElementById('remember')
  if (!box || !tick) return
  box.removeAttribute('hidden')

  function inputs(name) {
    return form.querySelectorAll('[name="' + name + '"]')
  }

  function collect() {
    var saved = {}
    for (var i = 0; i < FIELDS.length; i++) {
      var list = inputs(FIELDS[i])
      var values = []
      for (var j = 0; j < list.length; j++) {
        var el = list[j]
        if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) continue
        if (el.value) values.push(el.value)
      }
      saved[FIELDS[i]] = values
    }
    return saved
  }

  function fill(saved) {
    for (var i = 0; i < FIELDS.length; i++) {
      var values = saved[FIELDS[i]] || []
      var list = inputs(FIELDS[i])
      var touched = false
      for (var j = 0; j < list.length; j++) {
        var el = list[j]
        if (el.type === 'radio' || el.type === 'checkbox') touched = touched || el.checked
        else touched = touched || !!el.value
      }
      // What the page already holds (typed before an error, or carried from the last form) wins.
      if (touched) continue
      for (var k = 0; k < list.length; k++) {
        var item = list[k]
        if (item.type === 'radio' || item.type === 'checkbox') item.checked = values.indexOf(item.value) >= 0
        else if (values[0]) item.value = values[0]
      }
    }
  }

  var saved = null
  try {
    saved = JSON.parse(store.getItem(KEY) || 'null')
  } catch (e) {
    saved = null
  }
  if (saved) {
    tick.checked = true
    fill(saved)
  }
  form.addEventListener('submit', function () {
    try {
      if (tick.checked) store.setItem(KEY, JSON.stringify(collect()))
      else store.removeItem(KEY)
    } catch (e) {
      // Storage full or refused: the registration goes ahead all the same.
    }
  })
})()
