<?php
/**
 * WordPress's own sanitizer, as it runs when a user without the `unfiltered_html` capability
 * saves a post: the `content_save_pre` filter with wp_filter_post_kses (wp_kses with the post's
 * allowed tags) and the two `pre_kses` filters WordPress adds by default. Reads the post content
 * on standard input and writes what WordPress would store.
 *
 *   php wp-kses.php WORDPRESS_DIR < content.html
 *
 * Only the files these functions need are loaded, without a database: the one option they read,
 * the site's charset, is put in WordPress's object cache where get_option() finds it; any other
 * option would reach for the missing database and fail loudly.
 */
define('ABSPATH', rtrim($argv[1], '/') . '/');
define('WPINC', 'wp-includes');
foreach (['load', 'plugin', 'cache', 'formatting', 'functions', 'kses', 'class-wp-block-parser', 'blocks'] as $file) {
  require ABSPATH . WPINC . "/$file.php";
}

wp_cache_init();
wp_cache_set('alloptions', ['blog_charset' => 'UTF-8'], 'options');

// As in wp-includes/default-filters.php and kses_init_filters().
add_filter('pre_kses', 'wp_pre_kses_less_than');
add_filter('pre_kses', 'wp_pre_kses_block_attributes', 10, 3);
add_filter('content_save_pre', 'wp_filter_post_kses');

// WordPress slashes posted data before these filters and unslashes it after.
echo wp_unslash(apply_filters('content_save_pre', wp_slash(stream_get_contents(STDIN))));
