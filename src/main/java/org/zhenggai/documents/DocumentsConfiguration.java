package org.zhenggai.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

	/** Looks up its CJK fonts once, at first use, from the system's font folders. */
	@Bean
	DocumentWriter documentWriter() {
		return new DocumentWriter();
	}
}
